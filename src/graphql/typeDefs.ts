import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot.ts';

/** The SDL of every file in schema/, in file-name order, then each claim kind's fragment, in folder order: the files codegen reads (codegen.ts). */
export function loadTypeDefs(): string {
  const dir = join(projectRoot, 'schema');
  const kinds = join(projectRoot, 'src', 'claimKinds');
  const domainFiles = readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => join(dir, name));
  const kindFiles = readdirSync(kinds, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(kinds, entry.name, 'schema.graphql'))
    .filter((file) => existsSync(file))
    .sort();
  return [...domainFiles, ...kindFiles].map((file) => readFileSync(file, 'utf8')).join('\n');
}
