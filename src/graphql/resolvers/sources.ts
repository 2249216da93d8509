import { dimensionsOfSource } from '../../data/claims.ts';
import { encodeId } from '../../data/ids.ts';
import type { Loaders } from '../../data/loaders.ts';
import { andThen, type MaybePromise } from '../../data/maybePromise.ts';
import type { NodeLabel } from '../../data/model.ts';
import { pageRequest, toConnection } from '../../data/pagination.ts';
import { expectLabel, type RecordOf, type SectionRecord, type StatementRecord } from '../../data/records.ts';
import { listSources, listStatements } from '../../data/sources.ts';
import { normalizeForMatch } from '../../textMatching.ts';
import type {
  QueryResolvers,
  SectionResolvers,
  SourceResolvers,
  StatementResolvers,
} from '../__generated__/resolvers.ts';
import { currentSelection } from '../lookahead.ts';
import { claimFilter, optionalText } from './arguments.ts';
import { plannedLookup } from './planned.ts';

export const sourceQueries: Pick<QueryResolvers, 'sources' | 'source' | 'statements'> = {
  sources: (_root, _args, { cypher }) => listSources(cypher),
  source: (_root, { slug }, context, info) =>
    plannedLookup(context, info, 'Source', `Source:${slug}`, currentSelection(info)),
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
  sections: (source, _args, { loaders }) =>
    andThen(
      loaders.hop({ type: 'HAS_SECTION', direction: 'out', from: 'Source', to: 'Section' }, source.dbId),
      (rows) => rows.map((row) => expectLabel(row.node, 'Section')).sort((a, b) => a.position - b.position),
    ),
  dimensions: (source, { method, minConfidence }, { loaders }) =>
    dimensionsOfSource(loaders, source, claimFilter(method, minConfidence)),
};

export const Section: SectionResolvers = {
  id: (section) => encodeId(section.dbId),
  source: (section, _args, { loaders }) => referencedNode(loaders, `Source:${section.source}`, 'Source'),
  statements: (section: SectionRecord, _args, { loaders }) =>
    andThen(
      loaders.hop(
        { type: 'HAS_STATEMENT', direction: 'out', from: 'Section', to: 'Statement' },
        section.dbId,
      ),
      (rows) => rows.map((row) => expectLabel(row.node, 'Statement')).sort((a, b) => a.position - b.position),
    ),
};

export const Statement: StatementResolvers = {
  id: (statement) => encodeId(statement.dbId),
  kind: (statement) => (statement.kind === 'bullet' ? 'BULLET' : 'PARAGRAPH'),
  source: (statement, _args, { loaders }) => referencedNode(loaders, `Source:${statement.source}`, 'Source'),
  section: (statement: StatementRecord, _args, { loaders }) =>
    referencedNode(loaders, `Section:${statement.source}/${statement.section}`, 'Section'),
  mentions: (statement, _args, { loaders }) =>
    andThen(loaders.hop({ type: 'MENTIONS', direction: 'out', from: 'Statement' }, statement.dbId), (rows) =>
      rows.map((row) => row.node),
    ),
};

/**
 * A node another one names by key (a statement's source, a characteristic's tier): the graph's
 * structure guarantees it, so its absence is a broken graph, reported as internal.
 */
export function referencedNode<L extends NodeLabel>(
  loaders: Loaders,
  dbId: string,
  label: L,
): MaybePromise<RecordOf<L>> {
  return andThen(loaders.node(dbId), (node) => {
    if (node === null) throw new Error('a node referenced by the graph is missing');
    return expectLabel(node, label);
  });
}
