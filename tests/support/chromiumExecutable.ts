import { accessSync, constants, createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { extract } from 'tar';
import { projectRoot } from '../../src/projectRoot.ts';

/** Where a machine's own Chromium is looked for first (Debian's package puts it here). */
export const defaultSystemChromium = '/usr/bin/chromium';

/** Which Chromium the browser tests run, and why that one. */
export type ChromiumChoice =
  { kind: 'configured'; path: string } | { kind: 'system'; path: string } | { kind: 'npm-package' };

/**
 * `CHROMIUM_PATH` when set (it must exist: a wrong path is an error, not a silent fallback);
 * else the machine's Chromium at `CHROMIUM_SYSTEM_PATH` (default `/usr/bin/chromium`) when it is
 * executable; else the Chromium that `npm ci` brought in the `@sparticuz/chromium` package.
 */
export function chooseChromium(
  env: Readonly<Record<string, string | undefined>>,
  isExecutable: (path: string) => boolean,
): ChromiumChoice {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (!isExecutable(configured)) {
      throw new Error(
        `CHROMIUM_PATH=${configured} is not an executable file. Point it at a Chromium or Chrome binary, or unset it to use ${defaultSystemChromium} when present and otherwise the Chromium of the @sparticuz/chromium package.`,
      );
    }
    return { kind: 'configured', path: configured };
  }
  const system = env.CHROMIUM_SYSTEM_PATH?.trim() || defaultSystemChromium;
  if (isExecutable(system)) return { kind: 'system', path: system };
  return { kind: 'npm-package' };
}

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A Chromium to launch: its binary and what its process needs in the environment. */
export interface ChromiumExecutable {
  path: string;
  env: Record<string, string>;
  choice: ChromiumChoice['kind'];
}

export async function chromiumExecutable(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ChromiumExecutable> {
  const choice = chooseChromium(env, isExecutableFile);
  if (choice.kind !== 'npm-package') return { path: choice.path, env: {}, choice: choice.kind };
  const { path, env: processEnv } = await unpackedPackageChromium();
  return { path, env: processEnv, choice: choice.kind };
}

const require = createRequire(import.meta.url);

/**
 * The package ships Chromium's headless shell brotli-compressed with the few shared libraries it
 * needs beyond glibc (NSS, NSPR, expat: built for Amazon Linux, which runs on any newer glibc) and
 * a font. Its own `executablePath()` unpacks into a fixed folder of the system's temp directory,
 * shared by every version and racing between processes; this unpacks into a folder per version
 * under node_modules/.cache, written aside and renamed into place, so a concurrent or interrupted
 * unpack never leaves a half-written browser to launch. A fresh `npm ci` starts it anew.
 */
export async function unpackedPackageChromium(): Promise<
  Omit<ChromiumExecutable, 'choice'> & { version: string }
> {
  // The package exports no package.json: its folder is the one above its entry point holding bin/.
  let packageDir = dirname(require.resolve('@sparticuz/chromium'));
  while (!existsSync(join(packageDir, 'bin', 'chromium.br'))) {
    if (dirname(packageDir) === packageDir) throw new Error('@sparticuz/chromium has no bin/chromium.br');
    packageDir = dirname(packageDir);
  }
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const dir = join(projectRoot, 'node_modules', '.cache', 'chromium', version);
  const binary = join(dir, 'chromium');
  if (!existsSync(binary)) {
    const partial = `${dir}.partial-${process.pid}-${Date.now()}`;
    await mkdir(partial, { recursive: true });
    try {
      await pipeline(
        createReadStream(join(packageDir, 'bin', 'chromium.br')),
        createBrotliDecompress(),
        createWriteStream(join(partial, 'chromium'), { mode: 0o755 }),
      );
      for (const archive of ['al2023.tar.br', 'fonts.tar.br']) {
        await extract({ file: join(packageDir, 'bin', archive), cwd: partial });
      }
      // The package's fonts.conf names Lambda's folders; ours names the system's fonts and the bundled one.
      await writeFile(join(partial, 'fonts.conf'), fontsConf(dir));
      await rename(partial, dir).catch((error: unknown) => {
        // Another process finished first: its copy is as good as ours.
        if (!existsSync(binary)) throw error;
      });
    } finally {
      await rm(partial, { recursive: true, force: true });
    }
  }
  return {
    path: binary,
    version,
    env: {
      LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: dir,
    },
  };
}

function fontsConf(dir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <dir>${join(dir, 'fonts')}</dir>
  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>
</fontconfig>
`;
}
