import type { OrgChart } from './api.ts';
import { claimMarker } from './claimMarker.ts';
import { h } from '../shared/dom.ts';
import { failureNotice } from '../shared/failure.ts';
import { chartTrees, nodesPerTree, type ChartTree } from './orgChart.ts';
import type { Request } from './state.ts';

// The org-chart view beside a node's details: who reports to whom as the chosen article draws it
// (or as each article does), a tree per article and top role drawn top down, side by side, over
// the graph, and its lines in words with their sentences in the panel. Its `data-state` says
// where its request is.

export interface OrgChartActions {
  /** The chosen article's title; null for every article. */
  scope: string | null;
  /** Draws the trees on the canvas over the graph. */
  draw: (trees: readonly ChartTree[]) => void;
  retry: () => void;
}

function lineItem(line: OrgChart['lines'][number]): HTMLElement {
  return h(
    'li',
    { 'data-depth': String(line.depth) },
    h('strong', {}, line.role.name),
    ' reports to ',
    h('strong', {}, line.manager.name),
    ' ',
    claimMarker(line)?.text ?? '',
    h(
      'details',
      {},
      h('summary', {}, 'Evidence'),
      h(
        'ul',
        { class: 'evidence' },
        line.evidence.map((statement) =>
          h(
            'li',
            {},
            h('blockquote', {}, statement.text),
            h('p', { class: 'citation' }, `“${statement.section.name}”`),
          ),
        ),
      ),
    ),
  );
}

function chartSection(chart: OrgChart): HTMLElement {
  const rest = chart.lines.length - nodesPerTree;
  return h(
    'section',
    { class: 'org-chart', 'data-source': chart.source.slug, 'data-root': chart.root.name },
    h('h3', {}, `Under ${chart.root.name}`),
    h('p', { class: 'citation' }, 'According to ', h('cite', {}, chart.source.title)),
    h('ol', { class: 'lines' }, chart.lines.slice(0, nodesPerTree).map(lineItem)),
    rest > 0 ? h('p', { class: 'muted' }, `and ${rest} more lines below, not listed.`) : '',
  );
}

function intro(scope: string | null, charts: readonly OrgChart[]): string {
  const articles = new Set(charts.map((chart) => chart.source.slug)).size;
  const where = scope === null ? `${articles} article${articles === 1 ? '' : 's'}` : `“${scope}”`;
  return `${charts.length} chart${charts.length === 1 ? '' : 's'} from ${where}, top down: each role below the role it reports to.`;
}

/** The org charts as the request has them: loading, why it failed with a Retry, none, or the trees. */
export function renderOrgChart(
  panel: HTMLElement,
  request: Request<OrgChart[]>,
  actions: OrgChartActions,
): void {
  panel.dataset['state'] = request.state;
  const heading = h('h2', {}, 'Org chart');
  if (request.state === 'idle' || request.state === 'loading') {
    panel.replaceChildren(heading, h('p', { class: 'muted' }, 'Loading…'));
    return;
  }
  if (request.state === 'failed') {
    panel.replaceChildren(heading, failureNotice('Loading the org chart', request.failure, actions.retry));
    return;
  }
  const charts = request.data;
  if (charts.length === 0) {
    panel.replaceChildren(
      heading,
      h(
        'p',
        { class: 'muted' },
        actions.scope === null
          ? 'No article says who reports to whom.'
          : `“${actions.scope}” does not say who reports to whom. Pick another article under “Claims of”, or every article.`,
      ),
    );
    return;
  }
  const { trees, more } = chartTrees(charts);
  panel.replaceChildren(
    heading,
    h('p', {}, intro(actions.scope, charts)),
    more > 0
      ? h('p', { class: 'muted' }, `${more} more charts are not drawn: pick one article under “Claims of”.`)
      : '',
    ...charts.slice(0, trees.length).map(chartSection),
  );
  actions.draw(trees);
}
