import { relative } from 'node:path';
import type { Config } from '../config.ts';
import { readGraphCounts } from '../data/graphCounts.ts';
import { CypherExecutor } from '../db/cypher.ts';
import type { Neo4jConnection } from '../db/connection.ts';
import type { Neo4jTarget } from '../db/neo4jTarget.ts';
import { prettyLogs, type Logger } from '../logger.ts';
import { projectRoot } from '../projectRoot.ts';
import { webPages } from './webBundle.ts';

/** What a person starting the server needs to know once it listens. */
export interface StartupFacts {
  graphql: string;
  /** Each browser page and its address (the playground is GraphQL's own URL opened in a browser). */
  pages: { name: string; url: string }[];
  neo4j: { from: string; uri: string };
  /** Nodes in the graph and how many of them are articles; null when the database did not answer. */
  graph: { nodes: number; sources: number } | null;
}

/** The closing block of `npm start`'s output, one fact per line. */
export function startupBanner(facts: StartupFacts): string {
  const rows: [string, string][] = [
    ['GraphQL', facts.graphql],
    ...facts.pages.map(({ name, url }): [string, string] => [
      name.charAt(0).toUpperCase() + name.slice(1),
      url,
    ]),
    ['Neo4j', `${facts.neo4j.uri} (${facts.neo4j.from})`],
    [
      'Graph',
      facts.graph === null
        ? 'not read: the database did not answer yet (the server seeds it once it does)'
        : `${facts.graph.nodes.toLocaleString('en')} nodes from ${facts.graph.sources} articles`,
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return ['Ready.', ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)].join('\n');
}

/** Where the server's Neo4j came from, as the banner says it. */
export function neo4jOrigin(target: Pick<Neo4jTarget, 'origin'>, managedHome: string): string {
  switch (target.origin) {
    case 'configured':
      return 'NEO4J_URI';
    case 'container':
      return 'a test container';
    case 'managed':
      return `the managed local Neo4j in ${relative(projectRoot, managedHome).startsWith('..') ? managedHome : relative(projectRoot, managedHome)}`;
  }
}

/** Page addresses of a server whose GraphQL endpoint is `graphqlUrl`, one per built page. */
export function pageUrls(graphqlUrl: string): StartupFacts['pages'] {
  return Object.keys(webPages).map((name) => ({
    name,
    url: name === 'playground' ? graphqlUrl : new URL(`/${name}`, graphqlUrl).href,
  }));
}

/**
 * Ends start-up: the banner as one event, readable at a terminal; as JSON fields elsewhere, so a
 * log collector gets them as data rather than as text to parse.
 */
export async function announceStartup(options: {
  config: Config;
  log: Logger;
  graphqlUrl: string;
  target: Neo4jTarget;
  connection: Neo4jConnection;
}): Promise<void> {
  const { config, log, graphqlUrl, target, connection } = options;
  const cypher = new CypherExecutor(connection, { database: target.database, timeoutMs: 5_000 });
  const graph = await readGraphCounts(cypher)
    .then(({ nodes }) => ({
      nodes: [...nodes.values()].reduce((sum, count) => sum + count, 0),
      sources: nodes.get('Source') ?? 0,
    }))
    .catch(() => null);
  const facts: StartupFacts = {
    graphql: graphqlUrl,
    pages: pageUrls(graphqlUrl),
    neo4j: { from: neo4jOrigin(target, config.managed.home), uri: target.uri },
    graph,
  };
  if (prettyLogs(config)) log.info(startupBanner(facts));
  else log.info(facts, `Ready: GraphQL at ${graphqlUrl}`);
}
