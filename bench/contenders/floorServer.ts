import { createServer, type Server } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { floorQueries } from '../operations.ts';

// Whole numbers go to Cypher as integers (LIMIT refuses floats), as our executor does.
function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v,
    ]),
  );
}

function isParams(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The floor: POST /<operation> with the parameters as JSON runs that operation's one Cypher
 * query in a read transaction and answers its rows as JSON. Nothing else.
 */
export function createFloorServer(driver: Driver): Server {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const name = (request.url ?? '/').slice(1);
      const query = floorQueries[name];
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      if (!query || !isParams(body)) {
        response.writeHead(404).end();
        return;
      }
      // An auto-commit read, as our server sends its reads: one exchange with Neo4j per request.
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      session
        .run(query.cypher, cypherParams(body))
        .then((result) => {
          const rows = result.records.map((record) => {
            const row: Record<string, unknown> = {};
            for (const key of record.keys) {
              const value: unknown = record.get(key);
              row[String(key)] = value;
            }
            return row;
          });
          const { answer } = query;
          const data =
            'rows' in answer
              ? rows
              : answer.of === 'eachRow'
                ? rows.map((row) => row[answer.column])
                : (rows[0]?.[answer.column] ?? null);
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
        })
        .catch((error: unknown) => {
          process.stderr.write(`floor: ${name}: ${String(error)}\n`);
          response
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: String(error) }));
        })
        .finally(() => void session.close());
    });
  });
}
