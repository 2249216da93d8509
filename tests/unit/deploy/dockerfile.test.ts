import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/projectRoot.ts';
import { dockerfileText, execForm, parsedDockerfile, stages } from '../../support/deployFiles.ts';

const image = stages(parsedDockerfile()).at(-1) ?? [];
const instruction = (keyword: string) => image.find((each) => each.getKeyword() === keyword);

describe('the Dockerfile', () => {
  it('passes the Dockerfile linter of the Docker language server with no finding', () => {
    expect(validate(dockerfileText()).map((finding) => finding.message)).toEqual([]);
  });

  it('the linter finds real problems, so its silence means something', () => {
    const broken = `${dockerfileText()}\nEXPOSE http\nHEALTHCHECK CMD ["true"]\n`;
    expect(validate(broken).map((finding) => finding.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/only be one HEALTHCHECK/),
        'Invalid containerPort: http',
      ]),
    );
  });

  it("builds on the official Node image's current LTS slim variant in every stage", () => {
    const bases = parsedDockerfile()
      .getFROMs()
      .map((from) => from.getImage());
    expect(bases.length).toBeGreaterThan(1);
    for (const base of bases) expect(base).toBe('node:26-bookworm-slim');
  });

  it('runs compiled JavaScript with plain node as the unprivileged node user, no TypeScript loader', () => {
    const command = execForm(instruction('CMD')!);
    expect(command[0]).toBe('node');
    expect(command.at(-1)).toMatch(/^dist\/server\/.+\.js$/);
    expect(command.join(' ')).not.toContain('tsx');
    expect(
      instruction('USER')
        ?.getArguments()
        .map((argument) => argument.getValue()),
    ).toEqual(['node']);
  });

  it('checks its health with node, which the slim image has, not with curl or wget, which it lacks', () => {
    const healthcheck = execForm(instruction('HEALTHCHECK')!);
    expect(healthcheck.slice(0, 2)).toEqual(['node', '-e']);
    expect(healthcheck[2]).toContain('/ready');
    expect(healthcheck.join(' ')).not.toMatch(/curl|wget/);
  });

  it('keeps local state and build output out of the build context', () => {
    const ignored = readFileSync(join(projectRoot, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.neo4j', 'node_modules', 'artifacts', 'dist', '.git']));
  });
});
