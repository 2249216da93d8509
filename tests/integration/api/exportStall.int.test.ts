import { once } from 'node:events';
import { get, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../src/server/createServer.ts';
import { resetAndSeed, testCypher } from '../../support/seededGraph.ts';
import { startTestServer, testDriver } from '../../support/testDatabase.ts';

/** The export's bytes read to the end by an ordinary client. */
function wholeExport(base: string, path: string): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    get(new URL(path, base), (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolvePromise(Buffer.concat(chunks)));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** Resolves with the client's socket once the answer's headers have arrived (and what came with them). */
function untilHeaders(socket: Socket): Promise<Buffer> {
  return new Promise((resolvePromise) => {
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (!received.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      resolvePromise(received);
    };
    socket.on('data', onData);
  });
}

/**
 * A client that reads an export's headers and then stops reading holds a connection and a
 * database session for as long as it likes, unless the server drops it: after
 * EXPORT_STALL_TIMEOUT_MS without taking anything, it is disconnected mid-file. The export has to
 * be larger than what the two sockets' buffers hold (a few megabytes on loopback), or it would be
 * sent whole without the reader: the source of a seeded article is given 4,000 long statements.
 */
const fillerStatements = 4_000;
const fillerText = 'A statement long enough that a few thousand of them fill the sockets. '.repeat(30);
describe('an export whose reader stops reading', () => {
  let driver: Driver;
  let server: RunningServer;
  /** The same, with the default bounds: for reading the whole export to compare with. */
  let reference: RunningServer;
  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
    await testCypher(driver).write(
      'test.fillerStatements',
      `MATCH (source:Source) WITH source ORDER BY source.slug LIMIT 1
       UNWIND range(1, $count) AS i
       CREATE (:Statement {id: source.slug + '/filler.' + i, source: source.slug, section: 'filler', text: $text + i})`,
      { count: fillerStatements, text: fillerText },
    );
    const patient = { NEO4J_QUERY_TIMEOUT_MS: '60000', MAX_ROWS_PER_REQUEST: '10000000' };
    reference = await startTestServer(driver, { ...patient, REQUEST_TIMEOUT_MS: '600000' });
    // Only the stall bound can end the export: the request timeout is far longer than the test's.
    server = await startTestServer(driver, {
      ...patient,
      EXPORT_STALL_TIMEOUT_MS: '1000',
      REQUEST_TIMEOUT_MS: '600000',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await reference?.stop();
    await resetAndSeed(driver);
    await driver?.close();
  });

  it('is disconnected mid-file once it has taken nothing for EXPORT_STALL_TIMEOUT_MS', async () => {
    const path = '/export/graph.jsonld';
    const whole = await wholeExport(reference.url, path);
    expect(whole.toString('utf8')).toContain('filler.4000');
    expect(whole.length).toBeGreaterThan(fillerStatements * fillerText.length);

    // The server's side of the stalled connection: its answer, and its socket closing.
    const answered = once(server.httpServer, 'request') as Promise<[unknown, ServerResponse]>;
    const client = connect(server.port, '127.0.0.1');
    const headers = untilHeaders(client);
    client.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    const [, response] = await answered;
    const serverSide = response.socket;
    if (!serverSide) throw new Error('the answer has no socket');
    const closedOnServer = once(serverSide, 'close');
    const start = await headers;
    client.pause();
    expect(start.toString('latin1')).toMatch(/^HTTP\/1\.1 200 /);

    await closedOnServer;
    // Dropped before the file was written out, not closed after it was finished.
    expect(response.writableFinished).toBe(false);

    // What the client gets once it reads again: the start of the file, cut short.
    const chunks: Buffer[] = [start];
    client.on('data', (chunk: Buffer) => chunks.push(chunk));
    client.on('error', () => undefined);
    client.resume();
    await once(client, 'close');
    const received = Buffer.concat(chunks);
    expect(received.toString('utf8')).toContain('filler.1');
    expect(received.length).toBeLessThan(whole.length);
  });
});
