import { levelPlacementsShown, type NodeDetails } from './api.ts';
import { claimMarker, type Provenance } from './claimMarker.ts';
import { h } from '../shared/dom.ts';
import { failureNotice } from '../shared/failure.ts';
import { firstLimit, nextLimit, type VisibleGraph } from './graphModel.ts';
import type { ExplorerState } from './state.ts';
import { roleClaims } from './rolePanel.ts';
import { tierClaims } from './tierPanel.ts';

interface EvidenceStatement {
  id: string;
  text: string;
  section: { name: string };
  source: { slug: string; title: string };
}

export interface PanelActions {
  expanded: boolean;
  truncated: boolean;
  toggle: () => void;
  loadMore: () => void;
  pathFrom: () => void;
  pathTo: () => void;
  /** Remove the node from the canvas. */
  dismiss: () => void;
  /** The node's neighbours drawn on the canvas, to move to with a click or the keyboard. */
  neighbours: readonly { id: string; label: string; name: string }[];
  selectNeighbour: (id: string) => void;
  /** Open the comparison of this tier with another (tiers only). */
  compare: () => void;
}

function evidenceList(statements: readonly EvidenceStatement[]): HTMLElement {
  if (statements.length === 0) return h('p', { class: 'muted' }, 'No evidence statements under this filter.');
  return h(
    'ul',
    { class: 'evidence' },
    statements.map((statement) =>
      h(
        'li',
        {},
        h('blockquote', {}, statement.text),
        h(
          'p',
          { class: 'citation' },
          '— ',
          h('cite', {}, statement.source.title),
          `, “${statement.section.name}”`,
        ),
      ),
    ),
  );
}

// "extracted · 0.72" after a claim found automatically; nothing after a curated one.
function marker(provenance: Provenance): HTMLElement | null {
  const found = claimMarker(provenance);
  return found ? h('span', { class: 'claim-marker extracted', title: found.title }, found.text) : null;
}

interface PanelClaim extends Provenance {
  subject: string;
  source: string;
  evidence: readonly EvidenceStatement[];
}

function claimItem(claim: PanelClaim): HTMLElement {
  return h(
    'li',
    {},
    h('strong', {}, claim.subject),
    ' according to ',
    h('cite', {}, claim.source),
    ' ',
    marker(claim),
    evidenceList(claim.evidence),
  );
}

function claimSection(
  heading: string,
  claims: readonly PanelClaim[],
  level: 'h3' | 'h4' = 'h3',
): HTMLElement {
  return h(
    'section',
    {},
    h(level, {}, heading),
    claims.length === 0
      ? h('p', { class: 'muted' }, 'None under this filter.')
      : h('ul', { class: 'claims' }, claims.map(claimItem)),
  );
}

// The part of the panel that depends on the node's type.
function body(node: NodeDetails): (HTMLElement | string)[] {
  switch (node.__typename) {
    case 'Tier':
      return tierClaims(node);
    case 'Role':
      return [
        node.aliases.length > 0 ? h('p', {}, `Also called: ${node.aliases.join(', ')}`) : '',
        ...roleClaims(node, {
          section: (heading, claims) => claimSection(heading, claims, 'h4'),
          item: claimItem,
        }),
      ];
    case 'Responsibility':
    case 'Dimension':
      return [h('h3', {}, 'Evidence'), evidenceList(node.evidence)];
    case 'Skill':
      return [
        node.description ? h('p', {}, node.description) : '',
        h('h3', {}, 'Evidence'),
        evidenceList(node.evidence),
      ];
    case 'Characteristic':
      return [
        h('p', {}, node.summary),
        h('p', {}, 'According to ', h('cite', {}, node.source.title), ' ', marker(node)),
        h('h3', {}, 'Evidence'),
        evidenceList(node.evidence),
      ];
    case 'CollaborationBenefit':
      return [
        node.description ? h('p', {}, node.description) : '',
        h('h3', {}, 'Evidence'),
        evidenceList(node.evidence),
      ];
    case 'Attribute':
      return [
        h('p', {}, `${node.kind}: ${node.value}`),
        h('p', { class: 'muted' }, `Stated by: ${node.sources.join(', ')}`),
      ];
    case 'Statement':
      return [evidenceList([node])];
    case 'Section':
      return [h('p', {}, 'A heading of ', h('cite', {}, node.source.title))];
    case 'Source':
      return [
        h('p', {}, h('cite', {}, node.title)),
        node.column ? h('p', {}, `Column: ${node.column}`) : '',
        node.publisher ? h('p', {}, `Publisher: ${node.publisher}`) : '',
      ];
    case 'Level':
      return [
        h('p', {}, `Level ${node.rank} of the ladder, from the top. ${node.levelDescription}`),
        node.tiers.length >= levelPlacementsShown
          ? h(
              'p',
              { class: 'muted' },
              `The first ${levelPlacementsShown} placements, by tier name; pick an article under “Claims of” for its own, or double-click the level for its tiers.`,
            )
          : '',
        claimSection(
          'Tiers placed here',
          node.tiers.map(({ tier, source, method, confidence, evidence }) => ({
            subject: tier.name,
            source: source.title,
            method,
            confidence,
            evidence,
          })),
        ),
      ];
    case 'CanonicalDimension':
      return [
        h('p', {}, `The articles call it: ${node.dimensions.map((dimension) => dimension.name).join(', ')}`),
      ];
  }
}

/** Fills the side panel with a node's details, its evidence and what can be done with it. */
export function renderDetails(panel: HTMLElement, node: NodeDetails, actions: PanelActions): void {
  const toggle = h(
    'button',
    { type: 'button', 'data-action': 'toggle' },
    actions.expanded ? 'Collapse neighbours' : 'Expand neighbours',
  );
  toggle.addEventListener('click', actions.toggle);
  const more = h('button', { type: 'button', 'data-action': 'load-more' }, 'Load more neighbours');
  more.addEventListener('click', actions.loadMore);
  const from = h('button', { type: 'button', 'data-action': 'path-from' }, 'Path from here');
  from.addEventListener('click', actions.pathFrom);
  const to = h('button', { type: 'button', 'data-action': 'path-to' }, 'Path to here');
  to.addEventListener('click', actions.pathTo);
  const dismiss = h('button', { type: 'button', 'data-action': 'dismiss' }, 'Remove from canvas');
  dismiss.addEventListener('click', actions.dismiss);
  const compare = h('button', { type: 'button', 'data-action': 'compare' }, 'Compare with another tier');
  compare.addEventListener('click', actions.compare);
  panel.replaceChildren(
    h('p', { class: 'kind' }, node.__typename),
    h('h2', {}, node.name),
    h(
      'div',
      { class: 'actions' },
      toggle,
      actions.expanded && actions.truncated ? more : null,
      from,
      to,
      dismiss,
      node.__typename === 'Tier' ? compare : null,
    ),
    neighbourList(actions),
    ...body(node),
  );
}

export function renderPanelMessage(
  panel: HTMLElement,
  message: string,
  role: 'status' | 'alert' = 'status',
): void {
  panel.replaceChildren(h('p', { role, class: role === 'alert' ? 'error' : 'muted' }, message));
}

// The drawn neighbours as a list: what a keyboard or screen-reader user moves through.
function neighbourList(actions: PanelActions): HTMLElement {
  return h(
    'section',
    { class: 'neighbours', 'aria-label': 'Neighbours on the canvas' },
    h('h3', {}, `Neighbours on the canvas (${actions.neighbours.length})`),
    actions.neighbours.length === 0
      ? h('p', { class: 'muted' }, 'None drawn: expand the node to draw them.')
      : h(
          'ul',
          {},
          actions.neighbours.map((neighbour) => {
            const go = h(
              'button',
              { type: 'button', class: 'link', 'data-node': neighbour.id },
              h('span', { class: 'kind' }, neighbour.label),
              ' ',
              neighbour.name,
            );
            go.addEventListener('click', () => actions.selectNeighbour(neighbour.id));
            return h('li', {}, go);
          }),
        ),
  );
}

export interface DetailsViewActions {
  toggle: (id: string) => void;
  loadMore: (id: string, limit: number) => void;
  pathEnd: (end: 'from' | 'to', id: string) => void;
  dismiss: (id: string) => void;
  select: (id: string) => void;
  compare: (id: string) => void;
  retry: () => void;
}

const hint = 'Click a node for its details and evidence; double-click it to show or hide its neighbours.';

/** The details panel as the state has it: a hint, loading, why it failed, or the node's details. */
export function renderDetailsView(
  panel: HTMLElement,
  state: ExplorerState,
  graph: VisibleGraph,
  actions: DetailsViewActions,
): void {
  panel.dataset['state'] = state.details.state;
  const id = state.selected;
  const request = state.details;
  if (id === null || request.state === 'idle') {
    renderPanelMessage(panel, id === null ? hint : 'Loading…');
    return;
  }
  if (request.state === 'loading') return renderPanelMessage(panel, request.message);
  if (request.state === 'failed') {
    panel.replaceChildren(failureNotice('Loading the details', request.failure, actions.retry));
    return;
  }
  if (request.data === null)
    return renderPanelMessage(panel, 'This node is no longer in the graph.', 'alert');
  const expansion = state.expansions.get(id);
  const neighbourIds = new Set(
    graph.edges.flatMap((edge) => (edge.from === id ? [edge.to] : edge.to === id ? [edge.from] : [])),
  );
  renderDetails(panel, request.data, {
    expanded: graph.expanded.has(id),
    truncated: expansion?.truncated ?? false,
    toggle: () => actions.toggle(id),
    loadMore: () => actions.loadMore(id, nextLimit(expansion?.limit ?? firstLimit)),
    pathFrom: () => actions.pathEnd('from', id),
    pathTo: () => actions.pathEnd('to', id),
    dismiss: () => actions.dismiss(id),
    neighbours: graph.nodes
      .filter((node) => neighbourIds.has(node.id))
      .map((node) => ({ id: node.id, label: node.label, name: node.caption ?? node.name })),
    selectNeighbour: actions.select,
    compare: () => actions.compare(id),
  });
}
