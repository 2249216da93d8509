import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/projectRoot.ts';
import {
  freshEnvironment,
  freshFolders,
  freshSummary,
  freshUsage,
  parseFreshArgs,
  type FreshFolders,
  type StepOutcome,
} from './freshClone.ts';

/**
 * `npm run test:fresh`: the README's `npm ci && npm test` on a clone of the committed HEAD, as a
 * new machine would run it (see freshClone.ts for what "new" means). Run it before a release.
 */

interface Step {
  name: string;
  command: string;
  args: string[];
  cwd: string;
}

let running: ReturnType<typeof spawn> | null = null;

/** Runs a step with its output on this terminal and in the log; resolves to its exit code. */
function runStep(step: Step, env: Record<string, string>, log: WriteStream): Promise<number> {
  const banner = `\n=== ${step.name} (in ${step.cwd})\n`;
  process.stdout.write(banner);
  log.write(banner);
  return new Promise((resolve) => {
    // A process group of its own, so that an interrupt stops the step and everything it started.
    const child = spawn(step.command, step.args, { cwd: step.cwd, env, detached: true });
    running = child;
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        process.stdout.write(chunk);
        log.write(chunk);
      });
    }
    child.on('error', (error) => {
      log.write(`${error.message}\n`);
      console.error(`${step.name} could not start: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => {
      running = null;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function committedHead(): string {
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
  const changes = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (changes.trim() !== '')
    console.warn('The working tree has uncommitted changes: they are not part of this run.');
  return commit;
}

function steps(folders: FreshFolders, commit: string): Step[] {
  const { clone } = folders;
  return [
    {
      name: 'git clone',
      command: 'git',
      args: ['clone', '--quiet', '--no-checkout', projectRoot, clone],
      cwd: folders.root,
    },
    {
      name: `git checkout ${commit.slice(0, 12)}`,
      command: 'git',
      args: ['checkout', '--quiet', '--detach', commit],
      cwd: clone,
    },
    { name: 'npm ci', command: 'npm', args: ['ci', '--no-audit', '--no-fund'], cwd: clone },
    { name: 'npm test', command: 'npm', args: ['test'], cwd: clone },
  ];
}

/** Stops the clone's managed test Neo4j if it still runs (it stops by itself once its users end). */
function stopCloneNeo4j(
  folders: FreshFolders,
  env: Record<string, string>,
  log: WriteStream,
): Promise<number> {
  return runStep(
    {
      name: 'stop the clone’s managed Neo4j',
      command: process.execPath,
      args: ['--import', 'tsx', 'src/db/cli.ts', 'stop'],
      cwd: folders.clone,
    },
    { ...env, NEO4J_MANAGED_HOME: join(folders.clone, '.neo4j', 'test') },
    log,
  );
}

async function main(args: readonly string[]): Promise<number> {
  const options = parseFreshArgs(args);
  if ('error' in options) {
    console.error(`${options.error}\n\n${freshUsage}`);
    return 64;
  }
  const commit = committedHead();
  const folders = freshFolders(mkdtempSync(join(tmpdir(), 'org-graph-fresh-')));
  mkdirSync(folders.tmp);
  const env = freshEnvironment(process.env, folders, options);
  const log = createWriteStream(join(folders.root, 'test-fresh.log'));
  const started = Date.now();
  const outcomes: StepOutcome[] = [];
  for (const step of steps(folders, commit)) {
    const stepStarted = Date.now();
    const exitCode = await runStep(step, env, log);
    outcomes.push({ name: step.name, exitCode, ms: Date.now() - stepStarted });
    if (exitCode !== 0) break;
  }
  const totalMs = Date.now() - started;
  if (outcomes.some((step) => step.name === 'npm ci' && step.exitCode === 0))
    await stopCloneNeo4j(folders, env, log);
  const passed =
    outcomes.length === steps(folders, commit).length && outcomes.every((step) => step.exitCode === 0);
  const summary = freshSummary(commit, outcomes, totalMs);
  log.write(`\n${summary}\n`);
  await new Promise((done) => log.end(done));
  console.log(`\n${summary}`);
  if (passed && !options.keep) rmSync(folders.root, { recursive: true, force: true });
  else console.log(`The clone and its log (test-fresh.log) are in ${folders.root}`);
  return passed ? 0 : 1;
}

process.on('SIGINT', () => {
  if (running?.pid !== undefined) process.kill(-running.pid, 'SIGTERM');
  process.exitCode = 130;
});

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
