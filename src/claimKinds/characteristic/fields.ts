import { characteristics, nodes } from '../../graphql/fieldBuilders.ts';
import { comparesOn, hasCharacteristic, onDimension } from './relation.ts';

/** The API's fields that follow a characteristic or a compared dimension (shown through their nodes). */
export const fields = {
  Tier: { characteristics: characteristics(hasCharacteristic.out, 'dimension') },
  Dimension: { characteristics: characteristics(onDimension.in, 'tier') },
  Source: { dimensions: nodes(comparesOn.out, { property: 'slug' }) },
};
export const claimResolvers = {};
