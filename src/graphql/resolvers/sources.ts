import { encodeId } from '../../data/ids.ts';
import { pageRequest, toConnection } from '../../data/pagination.ts';
import { expectLabel, type SectionRecord, type StatementRecord } from '../../data/records.ts';
import { listSources, listStatements } from '../../data/sources.ts';
import { normalizeForMatch } from '../../textMatching.ts';
import type { QueryResolvers, SectionResolvers, SourceResolvers, StatementResolvers } from '../__generated__/resolvers.ts';
import { currentSelection } from '../lookahead.ts';
import { optionalText } from './arguments.ts';
import { plannedLookup } from './planned.ts';

export const sourceQueries: Pick<QueryResolvers, 'sources' | 'source' | 'statements'> = {
  sources: (_root, _args, { cypher }) => listSources(cypher),
  source: (_root, { slug }, context, info) => plannedLookup(context, 'Source', `Source:${slug}`, currentSelection(info)),
  statements: async (_root, { first, after, filter }, { cypher }) => {
    const text = optionalText(filter?.text, 'filter.text');
    const page = await listStatements(
      cypher,
      {
        source: optionalText(filter?.source, 'filter.source'),
        mentions: optionalText(filter?.mentions, 'filter.mentions'),
        kind: filter?.kind === 'BULLET' ? 'bullet' : filter?.kind === 'PARAGRAPH' ? 'paragraph' : null,
        text: text === null ? null : normalizeForMatch(text),
      },
      pageRequest(first, after),
    );
    return toConnection(page);
  },
};

export const Source: SourceResolvers = {
  id: (source) => encodeId(source.dbId),
  sections: async (source, _args, { loaders }) => {
    const rows = await loaders.hop({ type: 'HAS_SECTION', direction: 'out', from: 'Source', to: 'Section' }, source.dbId);
    return rows.map((row) => expectLabel(row.node, 'Section')).sort((a, b) => a.position - b.position);
  },
  dimensions: async (source, _args, { loaders }) => {
    const rows = await loaders.hop({ type: 'COMPARES_ON', direction: 'out', from: 'Source', to: 'Dimension' }, source.dbId, source.slug);
    return rows.map((row) => expectLabel(row.node, 'Dimension'));
  },
};

export const Section: SectionResolvers = {
  id: (section) => encodeId(section.dbId),
  source: async (section, _args, { loaders }) => expectLabel(await requireNode(loaders.node(`Source:${section.source}`)), 'Source'),
  statements: async (section: SectionRecord, _args, { loaders }) => {
    const rows = await loaders.hop({ type: 'HAS_STATEMENT', direction: 'out', from: 'Section', to: 'Statement' }, section.dbId);
    return rows.map((row) => expectLabel(row.node, 'Statement')).sort((a, b) => a.position - b.position);
  },
};

export const Statement: StatementResolvers = {
  id: (statement) => encodeId(statement.dbId),
  kind: (statement) => (statement.kind === 'bullet' ? 'BULLET' : 'PARAGRAPH'),
  source: async (statement, _args, { loaders }) => expectLabel(await requireNode(loaders.node(`Source:${statement.source}`)), 'Source'),
  section: async (statement: StatementRecord, _args, { loaders }) =>
    expectLabel(await requireNode(loaders.node(`Section:${statement.source}/${statement.section}`)), 'Section'),
  mentions: async (statement, _args, { loaders }) => {
    const rows = await loaders.hop({ type: 'MENTIONS', direction: 'out', from: 'Statement' }, statement.dbId);
    return rows.map((row) => row.node);
  },
};

/** A node the graph's structure guarantees; its absence is a broken graph, reported as internal. */
export async function requireNode<T>(pending: Promise<T | null>): Promise<T> {
  const node = await pending;
  if (node === null) throw new Error('a node referenced by the graph is missing');
  return node;
}
