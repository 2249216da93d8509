import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AnnotationError, readYaml } from '../../../src/ingest/annotations.ts';

const dir = mkdtempSync(join(tmpdir(), 'yaml-aliases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Nine levels of aliases, each list holding the one above nine times: 9^9 leaves once expanded. */
function aliasBomb(): string {
  const lines = ['title: A made-up page', 'a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 9; level += 1) {
    const previous = `*a${level - 1}`;
    lines.push(`a${level}: &a${level} [${Array.from({ length: 9 }, () => previous).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('annotation YAML with aliases', () => {
  it('refuses an alias bomb naming the file and the line of its first alias', () => {
    const file = join(dir, 'bomb.yaml');
    writeFileSync(file, aliasBomb());
    const read = () => readYaml(file, z.unknown());
    expect(read).toThrow(AnnotationError);
    expect(read).toThrow(/bomb\.yaml:3: cannot be expanded: .*at most 100 times/);
  });

  it('still expands a file that uses an alias a few times', () => {
    const file = join(dir, 'few.yaml');
    writeFileSync(file, 'base: &base [one, two]\nagain: *base\n');
    expect(readYaml(file, z.object({ base: z.array(z.string()), again: z.array(z.string()) })).data).toEqual({
      base: ['one', 'two'],
      again: ['one', 'two'],
    });
  });
});
