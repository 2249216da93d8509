import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root, whichever script or test imports it. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
