// The placement rules are a subsystem of their own (src/ingest/resolve/levels/); this kind runs them.
export { levelPlacements as resolve } from '../../ingest/resolve/levels/levelKind.ts';
export const reads = 'levels';
export const writes = ['AT_LEVEL'] as const;
