import { describe, expect, it } from 'vitest';
import { encodeId } from '../../src/data/ids.ts';
import {
  apiId,
  formatUrlState,
  graphKey,
  parseUrlState,
  type UrlState,
} from '../../web/explorer/urlState.ts';

const tier = encodeId('Tier:senior-management');
const cfo = encodeId('Role:cfo');

describe('the explorer’s address', () => {
  it('encodes graph keys exactly as the API does, and decodes only ids it could have issued', () => {
    expect(apiId('Tier:senior-management')).toBe(tier);
    expect(apiId('Statement:senior-management-vs-executive-management/definition.1')).toBe(
      encodeId('Statement:senior-management-vs-executive-management/definition.1'),
    );
    expect(graphKey(cfo)).toBe('Role:cfo');
    expect(graphKey('not an id')).toBeNull();
    expect(graphKey(encodeId('no label here'))).toBeNull();
  });

  it('reads the short form: the node drawn, expanded and selected, with the source', () => {
    expect(
      parseUrlState('?focus=Tier:senior-management&source=senior-leadership-vs-senior-management'),
    ).toEqual({
      nodes: [tier],
      expanded: [{ id: tier, limit: 30 }],
      dismissed: [],
      selected: tier,
      source: 'senior-leadership-vs-senior-management',
      path: null,
      hiddenLabels: ['Level', 'Statement'],
      layout: 'force',
    });
    // The API's own (encoded) id works too; the source is optional.
    expect(parseUrlState(`?focus=${cfo}`)?.selected).toBe(cfo);
    expect(parseUrlState(`?focus=${cfo}`)?.source).toBeNull();
  });

  it('writes a view and reads the same view back', () => {
    const view: UrlState = {
      nodes: [tier, cfo],
      expanded: [
        { id: tier, limit: 60 },
        { id: cfo, limit: 30 },
      ],
      dismissed: [encodeId('Role:ceo')],
      selected: cfo,
      source: 'senior-management-vs-executive-management',
      path: { from: cfo, to: encodeId('Role:department-head') },
      hiddenLabels: ['Skill', 'Statement'],
      layout: 'rings',
    };
    const query = formatUrlState(view);
    expect(query).toBe(
      '?nodes=Tier:senior-management,Role:cfo&expand=Tier:senior-management*60,Role:cfo&dismissed=Role:ceo&selected=Role:cfo' +
        '&source=senior-management-vs-executive-management&path=Role:cfo,Role:department-head&hide=Skill,Statement&layout=rings',
    );
    expect(parseUrlState(query)).toEqual(view);
  });

  it('is empty for the default view, and ignores what it cannot read', () => {
    expect(parseUrlState('')).toBeNull();
    expect(parseUrlState('?focus=%%%')).toBeNull();
    expect(parseUrlState('?nodes=Role:cfo,rubbish!,&expand=Role:cfo*9999&layout=spiral')).toMatchObject({
      nodes: [cfo],
      expanded: [{ id: cfo, limit: 30 }],
      layout: 'force',
    });
  });
});
