import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { projectRoot } from '../../src/projectRoot.ts';
import { freePort } from './managedHomes.ts';
import { testDatabase } from './testDatabase.ts';

/** An API server running as its own process (`npm start`'s entry point) on the test database. */
export interface ApiProcess {
  url: string;
  /** What it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the server process and resolves once it says it is ready (its start-up block). */
export async function startApiProcess(env: Record<string, string> = {}): Promise<ApiProcess> {
  const db = testDatabase();
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'src/server/main.ts')],
    {
      cwd: projectRoot,
      env: {
        PATH: process.env['PATH'] ?? '',
        PORT: String(port),
        NODE_ENV: 'test',
        NEO4J_URI: db.uri,
        NEO4J_USERNAME: db.username,
        ...(db.password === null ? {} : { NEO4J_PASSWORD: db.password }),
        NEO4J_DATABASE: db.database,
        ...env,
      },
    },
  );
  let output = '';
  const ready = new Promise<void>((resolvePromise, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/"msg":"ready"|Ready/.test(output)) resolvePromise();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) =>
      reject(new Error(`the server exited (${String(code)}) before it was ready:\n${output}`)),
    );
  });
  await ready;
  const url = /(http:\/\/[^\s"]+\/graphql)\b/.exec(output)?.[1] ?? `http://localhost:${port}/graphql`;
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
