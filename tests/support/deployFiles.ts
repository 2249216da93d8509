import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser, type Dockerfile, type Instruction } from 'dockerfile-ast';
import { parse } from 'yaml';
import { projectRoot } from '../../src/projectRoot.ts';

/** The Dockerfile and compose file as written, for the tests that check and replay them. */
export const dockerfileText = (): string => readFileSync(join(projectRoot, 'Dockerfile'), 'utf8');
export const composeText = (): string => readFileSync(join(projectRoot, 'docker-compose.yml'), 'utf8');

/** Variables compose reads from .env beside the compose file. */
export function dotEnv(): Record<string, string> {
  const text = readFileSync(join(projectRoot, '.env'), 'utf8');
  const variables: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const [, name, value] = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim()) ?? [];
    if (name !== undefined && value !== undefined) variables[name] = value;
  }
  return variables;
}

/**
 * Compose's interpolation of `${NAME}` and `${NAME:-default}` (what `docker compose config` does
 * before validating); a variable that is unset and has no default is an error, as it is there.
 */
export function interpolate(text: string, variables: Record<string, string | undefined>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
    (_whole, name: string, fallback?: string) => {
      const value = variables[name] || fallback;
      if (value === undefined) throw new Error(`compose file: \${${name}} is not set and has no default`);
      return value;
    },
  );
}

/** The compose file as compose sees it: .env interpolated, then parsed. */
export function composeModel(text = composeText()): unknown {
  return parse(interpolate(text, dotEnv()));
}

export function parsedDockerfile(text = dockerfileText()): Dockerfile {
  return DockerfileParser.parse(text);
}

/** The instructions of each stage, in order; the last stage is the image. */
export function stages(dockerfile: Dockerfile): Instruction[][] {
  const result: Instruction[][] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') result.push([]);
    result.at(-1)?.push(instruction);
  }
  return result;
}

/** The exec-form command after `CMD` (of CMD itself or of HEALTHCHECK), as JSON strings. */
export function execForm(instruction: Instruction): string[] {
  const content = instruction.getRawArgumentsContent() ?? '';
  const json = content.slice(content.indexOf('['));
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) {
    throw new Error(`${instruction.getKeyword()} is not in exec form: ${content}`);
  }
  return parsed;
}
