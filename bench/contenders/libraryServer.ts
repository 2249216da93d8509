import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../src/projectRoot.ts';
import { floorQueries } from '../operations.ts';

/** The library's type definitions, its @cypher fields running the floor's own statements. */
export function libraryTypeDefs(): string {
  const sdl = readFileSync(join(projectRoot, 'bench', 'contenders', 'library.graphql'), 'utf8');
  return sdl.replace(/__(\w+)__/g, (_match, name: string) => {
    const query = floorQueries[name];
    if (!query) throw new Error(`no floor query named ${name}`);
    return query.cypher;
  });
}

/** Apollo Server over the schema @neo4j/graphql generates: the same HTTP stack as ours. */
export async function createLibraryApollo(driver: Driver): Promise<ApolloServer> {
  const library = new Neo4jGraphQL({ typeDefs: libraryTypeDefs(), driver });
  const schema = await library.getSchema();
  return new ApolloServer({
    schema,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
  });
}
