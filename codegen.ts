import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types come from the SDL in schema/. The generated file is committed so that code
 * review shows type changes, and `npm test` runs `--check` so a stale copy fails the build.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/__generated__/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        immutableTypes: false,
        useIndexSignature: false,
        contextType: '../context.ts#GraphQLContext',
        // GraphQL types whose resolvers receive our own records rather than the GraphQL shape.
        mappers: {
          Health: '../resolvers/system.ts#HealthRecord',
          DatabaseInfo: '../../data/system.ts#DatabaseInfoRecord',
        },
        scalars: { ID: 'string' },
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
