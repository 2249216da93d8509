import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  freshEnvironment,
  freshFolders,
  freshSummary,
  parseFreshArgs,
  withoutNpmRunFolders,
} from '../../support/freshClone.ts';
import { chooseChromium, defaultSystemChromium } from '../../support/chromiumExecutable.ts';

const folders = freshFolders('/tmp/org-graph-fresh-abc');
const parent = {
  PATH: '/repo/node_modules/.bin:/node_modules/.bin:/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin:/usr/local/bin:/usr/bin',
  HOME: '/home/someone',
  LC_ALL: 'C.UTF-8',
  JAVA_HOME: '/usr/lib/jvm/java-17',
  CHROMIUM_PATH: '/opt/chrome/chrome',
  CHROMIUM_SYSTEM_PATH: '/usr/bin/chromium',
  NEO4J_URI: 'bolt://127.0.0.1:7687',
  MAX_COST: '10',
  npm_config_cache: '/home/someone/.npm',
  npm_lifecycle_event: 'test:fresh',
  TMPDIR: '/var/tmp',
};

describe('the environment of a fresh-clone run', () => {
  const env = freshEnvironment(parent, folders, { keep: false, sharedNpmCache: false });

  it('hides the system Chromium, so the browser tests take the npm package’s', () => {
    expect(env.CHROMIUM_SYSTEM_PATH).toBe('/tmp/org-graph-fresh-abc/no-system-chromium/chromium');
    expect(env.CHROMIUM_PATH).toBeUndefined();
    // Even on a machine that has one at the default place.
    expect(chooseChromium(env, (path) => path === defaultSystemChromium)).toEqual({ kind: 'npm-package' });
  });

  it('carries none of the project’s settings or npm’s variables, and an empty npm cache and temp folder of its own', () => {
    expect(env.NEO4J_URI).toBeUndefined();
    expect(env.MAX_COST).toBeUndefined();
    expect(env.npm_lifecycle_event).toBeUndefined();
    expect(env.npm_config_cache).toBe('/tmp/org-graph-fresh-abc/npm-cache');
    expect(env.TMPDIR).toBe('/tmp/org-graph-fresh-abc/tmp');
    expect(env).toMatchObject({
      HOME: '/home/someone',
      LC_ALL: 'C.UTF-8',
      JAVA_HOME: '/usr/lib/jvm/java-17',
    });
  });

  it('finds commands on the machine’s PATH, not in the node_modules of the project it was started from', () => {
    expect(env.PATH).toBe('/usr/local/bin:/usr/bin');
    expect(withoutNpmRunFolders('/a/node_modules/.bin/x:/b')).toBe('/a/node_modules/.bin/x:/b');
  });

  it('keeps the user’s npm cache when asked', () => {
    const shared = freshEnvironment(parent, folders, { keep: false, sharedNpmCache: true });
    expect(shared.npm_config_cache).toBeUndefined();
  });
});

describe('the fresh-clone command line', () => {
  it('takes --keep and --shared-npm-cache, and names an unknown argument', () => {
    expect(parseFreshArgs([])).toEqual({ keep: false, sharedNpmCache: false });
    expect(parseFreshArgs(['--keep', '--shared-npm-cache'])).toEqual({ keep: true, sharedNpmCache: true });
    expect(parseFreshArgs(['--fast'])).toEqual({ error: 'unknown argument "--fast"' });
  });

  it('ends with each step’s time and the verdict', () => {
    expect(formatDuration(59_400)).toBe('59 s');
    expect(formatDuration(1_083_000)).toBe('18 min 03 s');
    const passed = [
      { name: 'npm ci', exitCode: 0, ms: 61_000 },
      { name: 'npm test', exitCode: 0, ms: 1_020_000 },
    ];
    expect(freshSummary('3cd80c9', passed, 1_083_000)).toBe(
      'test:fresh on 3cd80c9: PASSED in 18 min 03 s\n  npm ci: passed in 1 min 01 s\n  npm test: passed in 17 min 00 s',
    );
    const failed = [passed[0]!, { name: 'npm test', exitCode: 1, ms: 900_000 }];
    expect(freshSummary('3cd80c9', failed, 961_000).split('\n')[0]).toBe(
      'test:fresh on 3cd80c9: FAILED at `npm test` in 16 min 01 s',
    );
    expect(freshSummary('3cd80c9', [], 1_000)).toBe(
      'test:fresh on 3cd80c9: FAILED before running anything in 1 s',
    );
  });
});
