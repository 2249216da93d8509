/** Reading JSON responses without casts: each accessor checks the shape it expects. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(value: unknown, key: string): unknown {
  if (!isObject(value))
    throw new Error(`expected an object with "${key}", got ${JSON.stringify(value)?.slice(0, 200)}`);
  return value[key];
}

export function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`expected a list, got ${JSON.stringify(value)?.slice(0, 200)}`);
  return value;
}

export function text(value: unknown): string {
  if (typeof value !== 'string')
    throw new Error(`expected a string, got ${JSON.stringify(value)?.slice(0, 200)}`);
  return value;
}

export function optionalText(value: unknown): string | null {
  return value === null || value === undefined ? null : text(value);
}

export function num(value: unknown): number {
  if (typeof value !== 'number')
    throw new Error(`expected a number, got ${JSON.stringify(value)?.slice(0, 200)}`);
  return value;
}

export function bool(value: unknown): boolean {
  if (typeof value !== 'boolean')
    throw new Error(`expected a boolean, got ${JSON.stringify(value)?.slice(0, 200)}`);
  return value;
}

/** `path` like "a.b.c" into nested objects. */
export function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => field(current, key), value);
}
