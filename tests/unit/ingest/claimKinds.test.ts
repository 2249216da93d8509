import { describe, expect, it } from 'vitest';
import { claimTypes } from '../../../src/data/model.ts';
import { annotationsSchema } from '../../../src/ingest/annotations.ts';
import { claimKinds } from '../../../src/ingest/resolve/claimKinds.ts';

describe('the resolve step of each kind of claim', () => {
  it('writes every claim type of the graph model, each from exactly one kind', () => {
    const written = claimKinds.flatMap((kind) => kind.writes);
    expect([...written].sort()).toEqual([...claimTypes].sort());
  });

  it('reads every part of the annotation format that holds claims, each part once', () => {
    const sections = claimKinds.map((kind) => kind.section);
    const claimParts = Object.keys(annotationsSchema.shape).filter((k) => k !== 'source' && k !== 'entities');
    expect([...sections].sort()).toEqual(claimParts.sort());
  });
});
