import { encodeId } from '../../data/ids.ts';
import { pageRequest, toConnection } from '../../data/pagination.ts';
import { listSources, listStatements } from '../../data/sources.ts';
import { normalizeForMatch } from '../../textMatching.ts';
import type {
  QueryResolvers,
  SectionResolvers,
  SourceResolvers,
  StatementResolvers,
} from '../__generated__/resolvers.ts';
import { currentSelection } from '../../planner/selection.ts';
import { relationFields } from '../relationFields.ts';
import { textArgument } from './arguments.ts';
import { plannedLookup } from './planned.ts';

export const sourceQueries: Pick<QueryResolvers, 'sources' | 'source' | 'statements'> = {
  sources: (_root, _args, { cypher }) => listSources(cypher),
  source: (_root, { slug }, context, info) =>
    plannedLookup(context, info, 'Source', `Source:${slug}`, currentSelection(info)),
  statements: async (_root, { first, after, filter }, { cypher }) => {
    const text = textArgument(filter?.text, 'filter.text');
    const page = await listStatements(
      cypher,
      {
        source: textArgument(filter?.source, 'filter.source'),
        mentions: textArgument(filter?.mentions, 'filter.mentions'),
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
  ...relationFields.Source,
};

export const Section: SectionResolvers = {
  id: (section) => encodeId(section.dbId),
  ...relationFields.Section,
};

export const Statement: StatementResolvers = {
  id: (statement) => encodeId(statement.dbId),
  kind: (statement) => (statement.kind === 'bullet' ? 'BULLET' : 'PARAGRAPH'),
  ...relationFields.Statement,
};
