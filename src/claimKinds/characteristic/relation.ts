import { sourcedRelation, type EdgeLook } from '../../data/relationDefinition.ts';

const look: EdgeLook = { kind: 'characteristic', name: 'characteristic', color: '#c0392b', hierarchy: false };

/** A tier's characteristic on a dimension: the characteristic node, its dimension, the source comparing on it. */
export const hasCharacteristic = sourcedRelation('HAS_CHARACTERISTIC', ['Tier', 'Characteristic'], look);
export const onDimension = sourcedRelation('ON_DIMENSION', ['Characteristic', 'Dimension'], look);
export const comparesOn = sourcedRelation('COMPARES_ON', ['Source', 'Dimension'], {
  kind: 'compared-on',
  name: 'compared on',
  color: '#34495e',
  hierarchy: false,
});
export const relations = [hasCharacteristic, onDimension, comparesOn] as const;
