import { join } from 'node:path';

/**
 * What `npm run test:fresh` decides before it runs anything: the options it was given and the
 * environment of the clone's `npm ci && npm test`, made to look like a machine that has never seen
 * the project (no system Chromium, no npm cache, none of the project's settings).
 */

export interface FreshOptions {
  /** Keep the temporary folder after a pass (it is always kept after a failure). */
  keep: boolean;
  /** Use the user's npm cache instead of an empty one (faster; nothing else changes). */
  sharedNpmCache: boolean;
}

export const freshUsage = `usage: npm run test:fresh [-- --keep] [-- --shared-npm-cache]

Clones the committed HEAD into a temporary folder and runs \`npm ci && npm test\` there as on a new
machine: the system Chromium hidden (CHROMIUM_SYSTEM_PATH points nowhere, so the browser tests use
the Chromium of the @sparticuz/chromium package, unpacked afresh), an empty npm cache, a temporary
folder of its own, and none of the project's variables (NEO4J_*, CHROMIUM_*, the server's settings)
carried over. Prints whether it passed and how long each step took; exit code 0 only on a pass.

  --keep              keep the temporary folder after a pass (it is always kept after a failure)
  --shared-npm-cache  use your npm cache instead of an empty one (no download of every package)`;

export function parseFreshArgs(args: readonly string[]): FreshOptions | { error: string } {
  const options: FreshOptions = { keep: false, sharedNpmCache: false };
  for (const arg of args) {
    if (arg === '--keep') options.keep = true;
    else if (arg === '--shared-npm-cache') options.sharedNpmCache = true;
    else return { error: `unknown argument ${JSON.stringify(arg)}` };
  }
  return options;
}

/**
 * The variables a new machine's shell has that the run needs: the command search path, the home
 * folder (Maven's repository of Neo4j's jars is there), locale and terminal, Java and Maven, and
 * the network's proxy and certificates. Everything else (the project's own variables, npm's
 * `npm_*` of the `npm run` that started this) stays behind.
 */
const passedOn = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TERM',
  'TZ',
  'JAVA_HOME',
  'MAVEN_HOME',
  'MAVEN_OPTS',
  'M2_HOME',
  'DOCKER_HOST',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'NODE_EXTRA_CA_CERTS',
];

/** Where the run keeps its clone, npm cache and temporary files, all under one folder. */
export interface FreshFolders {
  root: string;
  clone: string;
  npmCache: string;
  tmp: string;
  /** A path with nothing at it, for CHROMIUM_SYSTEM_PATH. */
  noChromium: string;
}

export function freshFolders(root: string): FreshFolders {
  return {
    root,
    clone: join(root, 'repository'),
    npmCache: join(root, 'npm-cache'),
    tmp: join(root, 'tmp'),
    noChromium: join(root, 'no-system-chromium', 'chromium'),
  };
}

/**
 * `npm run` puts every `node_modules/.bin` above the project (and npm's node-gyp-bin) first on the
 * PATH; the clone must find its commands in its own node_modules or not at all.
 */
export function withoutNpmRunFolders(path: string): string {
  return path
    .split(':')
    .filter((folder) => !/[/\\]node_modules[/\\]\.bin$|node-gyp-bin$/.test(folder))
    .join(':');
}

export function freshEnvironment(
  parent: Readonly<Record<string, string | undefined>>,
  folders: FreshFolders,
  options: FreshOptions,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of passedOn) {
    const value = parent[name];
    if (value !== undefined) env[name] = value;
  }
  if (env.PATH !== undefined) env.PATH = withoutNpmRunFolders(env.PATH);
  for (const [name, value] of Object.entries(parent)) {
    if (name.startsWith('LC_') && value !== undefined) env[name] = value;
  }
  env.CHROMIUM_SYSTEM_PATH = folders.noChromium;
  env.TMPDIR = folders.tmp;
  if (!options.sharedNpmCache) env.npm_config_cache = folders.npmCache;
  return env;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export interface StepOutcome {
  name: string;
  exitCode: number;
  ms: number;
}

/** The closing lines: each step with its time, then the verdict. */
export function freshSummary(commit: string, steps: readonly StepOutcome[], totalMs: number): string {
  const failed = steps.find((step) => step.exitCode !== 0);
  const lines = steps.map(
    (step) =>
      `  ${step.name}: ${step.exitCode === 0 ? 'passed' : `failed (exit ${step.exitCode})`} in ${formatDuration(step.ms)}`,
  );
  const verdict = failed
    ? `FAILED at \`${failed.name}\``
    : steps.length === 0
      ? 'FAILED before running anything'
      : 'PASSED';
  return [`test:fresh on ${commit}: ${verdict} in ${formatDuration(totalMs)}`, ...lines].join('\n');
}
