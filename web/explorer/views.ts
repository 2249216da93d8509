// The explorer's smaller views, each rendered from the state alone and marking its element with
// the `data-state` of its request (idle, loading, done, failed), which the browser tests wait on.
import type { SearchHit } from './api.ts';
import { h, snippetNodes } from '../shared/dom.ts';
import { failureNotice } from '../shared/failure.ts';
import { maxLimit, nextLimit, type VisibleGraph } from './graphModel.ts';
import { describePath } from './pathDescription.ts';
import type { ExplorerState, Request } from './state.ts';

export function markState(element: HTMLElement, request: Request<unknown>): void {
  element.dataset['state'] = request.state;
}

/** An article's title by slug; the slug when the article is not (or no longer) loaded. */
export function titleOf(state: ExplorerState, slug: string | null): string {
  if (slug === null) return 'no article';
  return state.sources.find((source) => source.slug === slug)?.title ?? slug;
}

function scopeWords(state: ExplorerState): string {
  return state.source === null ? '' : ` in the claims of “${titleOf(state, state.source)}”`;
}

export interface PathElements {
  section: HTMLElement;
  from: HTMLOutputElement;
  to: HTMLOutputElement;
  find: HTMLButtonElement;
  result: HTMLElement;
  sources: HTMLElement;
}

/** The path finder: its two ends, the path in words and which articles say each hop. */
export function renderPath(ui: PathElements, state: ExplorerState, retry: () => void): void {
  const { from, to } = state.pathEnds;
  ui.from.textContent = from?.name ?? '(select a node, then “Path from here”)';
  ui.to.textContent = to?.name ?? '(select a node, then “Path to here”)';
  ui.find.disabled = !(from && to);
  markState(ui.section, state.path);
  ui.result.classList.toggle('error', state.path.state === 'failed');
  ui.sources.classList.remove('mixed');
  const path = state.path;
  if (path.state === 'idle' || path.state === 'loading') {
    ui.result.replaceChildren(path.state === 'loading' ? path.message : '');
    ui.sources.textContent = '';
  } else if (path.state === 'failed') {
    ui.result.replaceChildren(failureNotice('Finding a path', path.failure, retry));
    ui.sources.textContent = '';
  } else if (path.data.nodes.length === 0) {
    ui.result.textContent = `No path of 6 hops or fewer links ${from?.name ?? '?'} and ${to?.name ?? '?'}${scopeWords(state)}.`;
    ui.sources.textContent = '';
  } else {
    const words = describePath(path.data, scopeWords(state), (slug) => titleOf(state, slug));
    ui.result.textContent = words.steps;
    ui.sources.textContent = words.sources;
    ui.sources.classList.toggle('mixed', path.data.mixesSources);
  }
}

export interface SearchActions {
  open: (hit: SearchHit) => void;
  pathFrom: (hit: SearchHit) => void;
  pathTo: (hit: SearchHit) => void;
  retry: () => void;
}

function hitItem(hit: SearchHit, actions: SearchActions): HTMLElement {
  const open = h(
    'button',
    { type: 'button', class: 'hit' },
    h('span', { class: 'kind' }, hit.node.__typename),
    ' ',
    h('strong', {}, hit.node.name),
  );
  open.addEventListener('click', () => actions.open(hit));
  const from = h(
    'button',
    { type: 'button', class: 'path-end', title: `Path from ${hit.node.name}` },
    'Path from',
  );
  from.addEventListener('click', () => actions.pathFrom(hit));
  const to = h('button', { type: 'button', class: 'path-end', title: `Path to ${hit.node.name}` }, 'to');
  to.addEventListener('click', () => actions.pathTo(hit));
  return h(
    'li',
    { 'data-kind': hit.node.__typename },
    open,
    ' ',
    h('span', { class: 'hit-actions' }, from, ' ', to),
    hit.snippet ? h('p', { class: 'snippet' }, ...snippetNodes(hit.snippet)) : null,
  );
}

/** Search hits, entities first as the API orders them, each to open or to start a path from. */
export function renderSearch(list: HTMLElement, state: ExplorerState, actions: SearchActions): void {
  const { text, hits } = state.search;
  markState(list, hits);
  if (hits.state === 'idle') list.replaceChildren();
  else if (hits.state === 'loading') list.replaceChildren(h('li', { class: 'muted' }, hits.message));
  else if (hits.state === 'failed')
    list.replaceChildren(h('li', {}, failureNotice(`Searching for “${text}”`, hits.failure, actions.retry)));
  else if (hits.data.length === 0)
    list.replaceChildren(h('li', { class: 'muted' }, `Nothing matches “${text}”.`));
  else list.replaceChildren(...hits.data.map((hit) => hitItem(hit, actions)));
}

export function describeStatus(state: ExplorerState, graph: VisibleGraph): string {
  const hidden = [...state.hiddenLabels].sort();
  const counts = `${graph.nodes.length} nodes and ${graph.edges.length} edges shown${hidden.length > 0 ? `; hidden: ${hidden.join(', ')}` : ''}.`;
  return state.note === null ? counts : `${state.note} ${counts}`;
}

export interface NoticeActions {
  loadMore: (id: string, limit: number) => void;
  bringBack: () => void;
}

/** Under the graph: which neighbourhoods were cut short, and what was removed. */
export function renderNotices(
  list: HTMLElement,
  state: ExplorerState,
  graph: VisibleGraph,
  actions: NoticeActions,
): void {
  const nameOf = (id: string) => graph.nodes.find((node) => node.id === id)?.name ?? id;
  const notices = [...graph.expanded].flatMap((id) => {
    const expansion = state.expansions.get(id);
    if (!expansion?.truncated) return [];
    const name = nameOf(id);
    const item = h('li', {}, `${name}: ${expansion.nodes.length - 1} neighbours shown, more exist. `);
    if (expansion.limit < maxLimit) {
      const more = h('button', { type: 'button' }, `Load more for ${name}`);
      more.addEventListener('click', () => actions.loadMore(id, nextLimit(expansion.limit)));
      item.append(more);
    } else {
      item.append(
        `${maxLimit} is the most the API returns per node; search or find a path to reach the rest.`,
      );
    }
    return [item];
  });
  if (state.dismissed.size > 0) {
    const back = h('button', { type: 'button' }, `Bring back ${state.dismissed.size} removed`);
    back.addEventListener('click', actions.bringBack);
    notices.push(h('li', {}, back));
  }
  list.replaceChildren(...notices);
}

/** What went wrong with the canvas's own request (start, expansion, link), over the canvas. */
export function renderGraphFailure(box: HTMLElement, state: ExplorerState, retry: () => void): void {
  markState(box, state.graph);
  if (state.graph.state === 'failed') {
    box.hidden = false;
    box.replaceChildren(failureNotice('Drawing the graph', state.graph.failure, retry));
  } else {
    box.hidden = true;
    box.replaceChildren();
  }
}
