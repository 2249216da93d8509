import type { GraphQLResolveInfo } from 'graphql';
import type { HealthRecord } from '../resolvers/system.ts';
import type { DatabaseInfoRecord } from '../../data/system.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** The Neo4j server behind the API, as it describes itself. */
export type DatabaseInfo = {
  __typename?: 'DatabaseInfo';
  /** community or enterprise. */
  edition: Scalars['String']['output'];
  /** Database name queried (NEO4J_DATABASE). */
  name: Scalars['String']['output'];
  /** Server version, such as 5.26.30. */
  version: Scalars['String']['output'];
};

/** Liveness of the API and of the Neo4j database it reads. */
export type Health = {
  __typename?: 'Health';
  /** Version of this API, from its package.json. */
  apiVersion: Scalars['String']['output'];
  /** The Neo4j server this API reads from. */
  database: DatabaseInfo;
  /** How many nodes carry each label, ordered by label; empty before the first seed. */
  nodeCounts: Array<LabelCount>;
  /** OK when the database answered during this request. */
  status: HealthStatus;
};

/** Whether a component answers. */
export type HealthStatus =
  /** Answering normally. */
  | 'OK';

/** Number of nodes with one label. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** Nodes carrying it. */
  count: Scalars['Int']['output'];
  /** The Neo4j label, such as Role or Statement. */
  label: Scalars['String']['output'];
};

/**
 * Root of every read. The knowledge graph's entry points are grouped by domain in the other
 * schema files; this one holds what tells a client whether the service itself is healthy.
 */
export type Query = {
  __typename?: 'Query';
  /** Whether the API and the Neo4j database behind it answer, with their versions and node counts. */
  health: Health;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DatabaseInfo: ResolverTypeWrapper<DatabaseInfoRecord>;
  Health: ResolverTypeWrapper<HealthRecord>;
  HealthStatus: HealthStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  DatabaseInfo: DatabaseInfoRecord;
  Health: HealthRecord;
  Int: Scalars['Int']['output'];
  LabelCount: LabelCount;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
};

export type DatabaseInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatabaseInfo'] = ResolversParentTypes['DatabaseInfo']> = {
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  database?: Resolver<ResolversTypes['DatabaseInfo'], ParentType, ContextType>;
  nodeCounts?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
};

export type LabelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  DatabaseInfo?: DatabaseInfoResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

