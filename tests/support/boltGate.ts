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
  /** Settles once `count` messages are held (with `every`). */
  untilHeld(count: number): Promise<void>;
  /** Messages containing `marker` seen so far (with `every`, those let through after `release()` too). */
  heldCount(): number;
  release(): void;
  close(): Promise<void>;
}

/** `every`: holds each message containing `marker` until `release()`, not only the first. */
export async function boltGate(
  target: string,
  marker: string,
  { every = false }: { every?: boolean } = {},
): Promise<BoltGate> {
  const { hostname, port } = new URL(target);
  let armed = true;
  let heldCount = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  const onHeld = () => {
    heldCount += 1;
    if (heldCount === 1) firstHeld();
    for (const waiter of waiting.filter((w) => w.count <= heldCount)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  let firstHeld = () => undefined as void;
  const held = new Promise<void>((resolvePromise) => (firstHeld = resolvePromise));
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
      armed = every;
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
    untilHeld: (count) =>
      count <= heldCount
        ? Promise.resolve()
        : new Promise<void>((resolvePromise) => waiting.push({ count, resolve: resolvePromise })),
    heldCount: () => heldCount,
    release,
    async close() {
      release();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
    },
  };
}
