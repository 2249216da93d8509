import { existsSync } from 'node:fs';
import { request } from 'node:http';

/**
 * True only when a Docker engine answers `/_ping` within `timeoutMs`. A docker client without
 * an engine (this project's usual CI) answers false quickly instead of hanging testcontainers.
 */
export async function dockerEngineAnswers(
  timeoutMs = 1_500,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  const host = env['DOCKER_HOST'];
  let target: { socketPath: string } | { host: string; port: number };
  if (!host) {
    if (!existsSync('/var/run/docker.sock')) return false;
    target = { socketPath: '/var/run/docker.sock' };
  } else if (host.startsWith('unix://')) {
    const socketPath = host.slice('unix://'.length);
    if (!existsSync(socketPath)) return false;
    target = { socketPath };
  } else {
    const url = new URL(host.replace(/^tcp:/, 'http:'));
    target = { host: url.hostname, port: Number(url.port || 2375) };
  }
  return new Promise((resolvePromise) => {
    const req = request({ ...target, path: '/_ping', method: 'GET', timeout: timeoutMs }, (response) => {
      response.resume();
      resolvePromise(response.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolvePromise(false));
    req.end();
  });
}
