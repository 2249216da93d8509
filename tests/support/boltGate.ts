import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP relay in front of Neo4j's Bolt port that holds back, once, the first message a client
 * sends containing `marker` (a transaction's metadata names its operation, such as `stats.claims`),
 * until `release()`: a test can so let a write commit between two reads of one request, at a
 * point it chooses, against the real database. `held` settles when the message is held.
 */
export interface BoltGate {
  uri: string;
  held: Promise<void>;
  release(): void;
  close(): Promise<void>;
}

export async function boltGate(target: string, marker: string): Promise<BoltGate> {
  const { hostname, port } = new URL(target);
  let armed = true;
  let onHeld = () => undefined as void;
  const held = new Promise<void>((resolvePromise) => (onHeld = resolvePromise));
  let release = () => undefined as void;
  const released = new Promise<void>((resolvePromise) => (release = resolvePromise));
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('data', (chunk: Buffer) => {
      if (!armed || !chunk.includes(marker)) {
        upstream.write(chunk);
        return;
      }
      armed = false;
      client.pause();
      onHeld();
      void released.then(() => {
        upstream.write(chunk);
        client.resume();
      });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  return {
    uri: `bolt://127.0.0.1:${address.port}`,
    held,
    release,
    async close() {
      release();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
    },
  };
}
