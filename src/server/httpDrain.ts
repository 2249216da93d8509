import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

interface Connection {
  /** Requests received on it and not yet answered. */
  inFlight: number;
  /** When it last had nothing in flight. */
  idleSince: number;
  ending: boolean;
}

export interface DrainOptions {
  /** Longest the drain waits for requests in flight; connections still open then are destroyed. */
  graceMs: number;
  /**
   * How long the listener stays open and a connection with nothing in flight is kept once the
   * drain has begun, so that a request its client already sent, still unread by a busy server
   * (on an open connection, or on a new one still in the accept queue), is answered (with
   * `Connection: close`) instead of being cut off.
   */
  idleMs: number;
}

/**
 * Graceful stop of the HTTP server under load. Node's `server.close()` stops listening at once,
 * resetting connections still in the accept queue, and destroys every keep-alive connection it
 * sees idle; under load both include requests the client has sent but the busy process has not
 * read yet, and those clients get ECONNRESET. Draining here instead answers every request
 * received from now on with `Connection: close`, stops listening after `idleMs` (new connections
 * are refused from then on), ends a connection once it has had nothing in flight for `idleMs`,
 * and destroys what is left after `graceMs`.
 */
export class HttpDrain {
  private readonly connections = new Map<Socket, Connection>();
  private readonly unanswered = new Set<ServerResponse>();
  private draining: Promise<void> | undefined;
  private drainStartedAt = 0;
  private readonly server: Server;

  constructor(server: Server) {
    this.server = server;
    server.on('connection', (socket: Socket) => {
      this.connections.set(socket, { inFlight: 0, idleSince: Date.now(), ending: false });
      socket.once('close', () => this.connections.delete(socket));
    });
    // First among the request listeners, so the header is set before the app can answer.
    server.prependListener('request', (request, response) => {
      const connection = this.connections.get(request.socket);
      if (connection) connection.inFlight += 1;
      this.unanswered.add(response);
      if (this.draining) response.setHeader('connection', 'close');
      response.once('close', () => {
        this.unanswered.delete(response);
        if (!connection) return;
        connection.inFlight -= 1;
        if (connection.inFlight === 0) connection.idleSince = Date.now();
      });
    });
  }

  get isDraining(): boolean {
    return this.draining !== undefined;
  }

  /** Resolves once every connection has closed (at the latest after `graceMs`). */
  drain({ graceMs, idleMs }: DrainOptions): Promise<void> {
    this.draining ??= new Promise<void>((resolvePromise) => {
      this.drainStartedAt = Date.now();
      const deadline = this.drainStartedAt + graceMs;
      for (const response of this.unanswered) {
        if (!response.headersSent) response.setHeader('connection', 'close');
      }
      const sweep = setInterval(() => this.sweep(deadline, idleMs), 50);
      // net.Server's close stops listening and calls back once the last connection has closed,
      // without http.Server's closing of the connections that merely look idle.
      setTimeout(() => {
        NetServer.prototype.close.call(this.server, () => {
          clearInterval(sweep);
          resolvePromise();
        });
      }, idleMs);
    });
    return this.draining;
  }

  private sweep(deadline: number, idleMs: number): void {
    const now = Date.now();
    for (const [socket, connection] of this.connections) {
      if (now >= deadline) {
        socket.destroy();
      } else if (
        connection.inFlight === 0 &&
        !connection.ending &&
        now - Math.max(connection.idleSince, this.drainStartedAt) >= idleMs
      ) {
        connection.ending = true;
        socket.end();
      }
    }
  }
}
