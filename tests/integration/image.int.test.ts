import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ModifiableInstruction, type Instruction } from 'dockerfile-ast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projectRoot } from '../../src/projectRoot.ts';
import { webBundleDir } from '../../src/server/webBundle.ts';
import { execForm, parsedDockerfile, stages } from '../support/deployFiles.ts';
import { freePort } from '../support/managedHomes.ts';
import { resetAndSeed } from '../support/seededGraph.ts';
import { testDatabase, testDriver } from '../support/testDatabase.ts';

const [buildStage = [], imageStage = []] = stages(parsedDockerfile());
const args = (instruction: Instruction) => instruction.getArguments().map((argument) => argument.getValue());
const only = (keyword: string) => {
  const found = imageStage.filter((instruction) => instruction.getKeyword() === keyword);
  if (found.length !== 1)
    throw new Error(`the image stage has ${found.length} ${keyword} instructions, expected 1`);
  return found[0]!;
};

/**
 * The image's second stage replayed without a Docker engine: its COPY lines from a clean folder,
 * its `npm ci --omit=dev` (from npm's cache, offline: the first `npm ci` filled it), the first
 * stage's outputs made the same way (the pages `npm test` built, the server compiled by
 * `build:server`), then its CMD with its ENV against the test Neo4j, and its HEALTHCHECK.
 */
describe('the image, replayed from the Dockerfile in a clean folder', () => {
  const app = mkdtempSync(join(tmpdir(), 'org-graph-image-'));
  let driver: Driver;
  let server: ChildProcess | undefined;
  let port: number;
  let output = '';

  beforeAll(async () => {
    driver = testDriver();
    await resetAndSeed(driver);
    // The build stage's last step: pages and compiled server under /build/dist.
    expect(args(buildStage.at(-1)!)).toEqual(['npm', 'run', 'build', '&&', 'npm', 'run', 'build:server']);
    const stagedBuild = mkdtempSync(join(tmpdir(), 'org-graph-image-build-'));
    const tsc = spawnSync(
      process.execPath,
      [
        join(projectRoot, 'node_modules/typescript/bin/tsc'),
        '-p',
        'tsconfig.build.json',
        '--outDir',
        join(stagedBuild, 'dist/server'),
      ],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    cpSync(webBundleDir, join(stagedBuild, 'dist/web'), { recursive: true });

    for (const instruction of imageStage) {
      const keyword = instruction.getKeyword();
      if (keyword === 'COPY') {
        const flags = instruction instanceof ModifiableInstruction ? instruction.getFlags() : [];
        const from = flags.find((flag) => flag.getName() === 'from')?.getValue();
        const [...sources] = args(instruction);
        const destination = sources.pop()!;
        for (const source of sources) {
          const origin =
            from === 'build'
              ? join(stagedBuild, source.replace(/^\/build\//, ''))
              : join(projectRoot, source);
          const target =
            destination.endsWith('/') && sources.length > 1
              ? join(app, destination, source)
              : join(app, destination);
          cpSync(origin, destination === './' ? join(app, source) : target, { recursive: true });
        }
      } else if (keyword === 'RUN') {
        const run = spawnSync('sh', ['-c', args(instruction).join(' ')], {
          cwd: app,
          encoding: 'utf8',
          env: { ...process.env, npm_config_offline: 'true' },
        });
        expect(run.status, run.stderr).toBe(0);
      }
    }
    rmSync(stagedBuild, { recursive: true, force: true });

    port = await freePort();
    const db = testDatabase();
    const imageEnv = Object.fromEntries(args(only('ENV')).map((pair) => pair.split('=') as [string, string]));
    const [command, ...commandArgs] = execForm(only('CMD'));
    server = spawn(command === 'node' ? process.execPath : command!, commandArgs, {
      cwd: app,
      env: {
        PATH: process.env.PATH ?? '',
        ...imageEnv,
        HOST: '127.0.0.1',
        PORT: String(port),
        NEO4J_URI: db.uri,
        NEO4J_USERNAME: db.username,
        ...(db.password === null ? {} : { NEO4J_PASSWORD: db.password }),
        NEO4J_DATABASE: db.database,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  }, 600_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGKILL');
      await once(server, 'exit');
    }
    await driver?.close();
    rmSync(app, { recursive: true, force: true });
  });

  /** Runs a health check command (`node -e ...`) the way the engine would, with the image's env. */
  function healthCheck(command: string[], checkPort: number): number | null {
    const [, ...rest] = command;
    return spawnSync(process.execPath, rest, { env: { PORT: String(checkPort) }, timeout: 10_000 }).status;
  }

  it('holds the production dependencies only', () => {
    expect(existsSync(join(app, 'node_modules/neo4j-driver'))).toBe(true);
    for (const devOnly of ['tsx', 'vite', 'typescript', 'vitest', 'pino-pretty']) {
      expect(existsSync(join(app, 'node_modules', devOnly)), devOnly).toBe(false);
    }
  });

  it("becomes healthy by the Dockerfile's HEALTHCHECK and answers GraphQL from the graph", async () => {
    const healthcheck = execForm(only('HEALTHCHECK'));
    const deadline = Date.now() + 120_000;
    while (healthCheck(healthcheck, port) !== 0) {
      if (Date.now() > deadline || server?.exitCode !== null) throw new Error(`not healthy:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tier(slug: "senior-management") { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { tier: { name: 'Senior management' } } });
    // The pages come from the build stage's output.
    const explorer = await fetch(`http://127.0.0.1:${port}/explorer`);
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toContain('<script type="module"');
  });

  it('its HEALTHCHECK fails where nothing answers', async () => {
    expect(healthCheck(execForm(only('HEALTHCHECK')), await freePort())).toBe(1);
  });

  it('logs JSON lines and stops cleanly on SIGTERM', async () => {
    server?.kill('SIGTERM');
    await once(server!, 'exit');
    expect(server?.exitCode).toBe(0);
    const events = output
      .trim()
      .split('\n')
      .map((line) => z.looseObject({ msg: z.string() }).parse(JSON.parse(line)));
    expect(events.map((event) => event.msg)).toContain(`Ready: GraphQL at http://127.0.0.1:${port}/graphql`);
  });
});
