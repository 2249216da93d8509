import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nodeLabels } from '../../src/data/model.ts';
import { projectRoot } from '../../src/projectRoot.ts';
import { freePort } from '../support/managedHomes.ts';
import { resetAndSeed, testCypher } from '../support/seededGraph.ts';
import { testDatabase, testDriver } from '../support/testDatabase.ts';

const ansi = /\x1b\[[0-9;]*m/g;

/**
 * `npm start`'s server process until it says it is ready, then stopped; `terminal` runs it under
 * script(1), which gives it a pseudo-terminal as a person's shell would.
 */
async function startUntilReady(options: { terminal: boolean; env: Record<string, string> }): Promise<string> {
  const db = testDatabase();
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '',
    PORT: String(port),
    NEO4J_URI: db.uri,
    NEO4J_USERNAME: db.username,
    ...(db.password === null ? {} : { NEO4J_PASSWORD: db.password }),
    NEO4J_DATABASE: db.database,
    ...options.env,
  };
  const server = [process.execPath, '--import', 'tsx', join(projectRoot, 'src/server/main.ts')];
  const child = options.terminal
    ? spawn('script', ['-qfec', server.join(' '), '/dev/null'], { cwd: projectRoot, env })
    : spawn(server[0]!, server.slice(1), { cwd: projectRoot, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (!/Ready/.test(output) || !/Graph|"graph"/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  child.kill('SIGTERM');
  if (child.exitCode === null) await once(child, 'exit');
  return output.replace(ansi, '').replace(/\r/g, '');
}

describe('what npm start prints', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
  });
  afterAll(() => driver?.close());

  it('at a terminal in development: readable lines, ending start-up with one block of where everything is', async () => {
    const output = await startUntilReady({ terminal: true, env: { NODE_ENV: 'development' } });
    const lines = output.split('\n').filter((line) => line.trim() !== '');
    expect(lines.some((line) => line.startsWith('{'))).toBe(false);
    // One event per line: a time, a level, the message.
    expect(lines[0]).toMatch(/^\[?\d\d:\d\d:\d\d\.\d{3}\]? INFO/);
    const url = /GraphQL\s+(http:\/\/\S+\/graphql)/.exec(output)?.[1];
    expect(url).toBeDefined();
    const block = output.slice(output.indexOf('Ready.'));
    expect(block).toMatch(new RegExp(`Playground\\s+${url}`));
    expect(block).toMatch(new RegExp(`Explorer\\s+${url!.replace('/graphql', '/explorer')}`));
    expect(block).toMatch(
      new RegExp(`Neo4j\\s+${testDatabase().uri.replace(/[.]/g, '\\.')} \\(NEO4J_URI\\)`),
    );
    const [nodes] = await testCypher(driver).read<{ n: number }>(
      'test.nodes',
      // The knowledge graph's nodes: bookkeeping nodes (the graph version, the similarity lock) are not counted.
      'MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) RETURN count(n) AS n',
      { labels: [...nodeLabels] },
    );
    const count = nodes?.n ?? 0;
    expect(block).toMatch(new RegExp(`Graph\\s+${count.toLocaleString('en')} nodes from 2 articles`));
  });

  it('piped, or in production: one JSON object per line, the same facts as fields', async () => {
    for (const env of [{ NODE_ENV: 'development' }, { NODE_ENV: 'production' }]) {
      const output = await startUntilReady({ terminal: false, env });
      const events = output
        .trim()
        .split('\n')
        .map((line) =>
          z
            .looseObject({
              msg: z.string(),
              graphql: z.string().optional(),
              graph: z.object({ sources: z.number() }).optional(),
            })
            .parse(JSON.parse(line)),
        );
      const ready = events.find((event) => event.msg.startsWith('Ready: GraphQL at '));
      expect(ready?.graphql).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      expect(ready?.graph?.sources).toBe(2);
    }
  });
});
