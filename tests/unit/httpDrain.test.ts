import { once } from 'node:events';
import { Agent, createServer, request, type IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpDrain } from '../../src/server/httpDrain.ts';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function get(port: number, path: string, agent: Agent | false): Promise<Answer> {
  return new Promise((resolvePromise, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, agent }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolvePromise({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** A server whose `/slow/<ms>` answers after that long, and `/hang` never. */
async function startServer() {
  const server = createServer((incoming, response) => {
    const ms = Number(/^\/slow\/(\d+)$/.exec(incoming.url ?? '')?.[1] ?? 0);
    if (incoming.url === '/hang') return;
    setTimeout(() => response.end(`done ${ms}`), ms);
  });
  const drain = new HttpDrain(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  return { server, drain, port: typeof address === 'object' && address ? address.port : 0 };
}

const agents: Agent[] = [];
afterEach(() => agents.splice(0).forEach((agent) => agent.destroy()));

describe('HttpDrain', () => {
  it('lets requests in flight finish with Connection: close, answers requests on open connections for a moment, then refuses new ones', async () => {
    const { drain, port } = await startServer();
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    agents.push(agent);
    // Two keep-alive connections: one idle, one with a request in flight when the drain begins.
    await Promise.all([get(port, '/slow/0', agent), get(port, '/slow/0', agent)]);
    const inFlight = get(port, '/slow/300', agent);
    await new Promise((r) => setTimeout(r, 50));
    const drained = drain.drain({ graceMs: 5_000, idleMs: 200 });
    expect(drain.isDraining).toBe(true);

    // A request on the idle keep-alive connection right after the drain began is answered.
    const onIdle = await get(port, '/slow/0', agent);
    expect(onIdle).toMatchObject({ status: 200, body: 'done 0', headers: { connection: 'close' } });
    expect(await inFlight).toMatchObject({ status: 200, body: 'done 300', headers: { connection: 'close' } });

    await new Promise((r) => setTimeout(r, 300));
    await expect(get(port, '/slow/0', false)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await drained;
  });

  it('destroys what is still open after the grace period', async () => {
    const { drain, port } = await startServer();
    const hanging = get(port, '/hang', false).catch((error: unknown) => error);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await drain.drain({ graceMs: 300, idleMs: 50 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await hanging).toMatchObject({ code: 'ECONNRESET' });
  });
});
