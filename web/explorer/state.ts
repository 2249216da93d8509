// The explorer's state in one place, changed only by events: `reduce` is pure, so every change of
// the page can be tested without a browser. What is drawn is derived from it (graphModel.ts), and
// the views render from it; the controller (explorer.ts) turns clicks and answers into events.
import type {
  Comparison,
  Disagreement,
  FoundPath,
  NodeDetails,
  OrgChart,
  SearchHit,
  SourceInfo,
} from './api.ts';
import type { Failure } from '../shared/failure.ts';
import type { EdgeLook, Expansion, ModelNode } from './graphModel.ts';
import { defaultHiddenLabels, type LayoutName } from './urlState.ts';

export type PanelView = 'details' | 'compare' | 'disagreements' | 'orgChart';

/** Where a view's request is: what its `data-state` says. */
export type Request<T> =
  | { state: 'idle' }
  | { state: 'loading'; message: string }
  | { state: 'done'; data: T }
  | { state: 'failed'; failure: Failure };

export interface TierChoice {
  id: string;
  slug: string;
  name: string;
}

export interface ExplorerState {
  sources: readonly SourceInfo[];
  /** How each kind of edge is drawn, as the API serves it (for the key). */
  edgeStyles: readonly EdgeLook[];
  tiers: readonly TierChoice[];
  /** What the canvas opens on: the most connected tiers. */
  overview: readonly ModelNode[];
  /** Slug of the article whose claims are shown; null for every article. */
  source: string | null;
  /** Nodes the canvas starts from (the overview, or a link's nodes). */
  roots: readonly ModelNode[];
  expansions: ReadonlyMap<string, Expansion>;
  /** Nodes the user put on the canvas (search hits, drawn comparisons). */
  pinned: readonly ModelNode[];
  dismissed: ReadonlySet<string>;
  hiddenLabels: ReadonlySet<string>;
  layout: LayoutName;
  selected: string | null;
  view: PanelView;
  compared: readonly [string, string];
  pathEnds: { from: ModelNode | null; to: ModelNode | null };
  /** The canvas's own requests (start, expansions, reloads), by slot; absent when settled. */
  graph: Request<null>;
  details: Request<NodeDetails | null>;
  path: Request<FoundPath>;
  compare: Request<Comparison>;
  disagreements: Request<Disagreement[]>;
  /** The org charts of the chosen article (or of every article): asked again when the choice changes. */
  orgChart: Request<OrgChart[]>;
  /** How many disagreements are listed. */
  disagreementsShown: number;
  search: { text: string; hits: Request<SearchHit[]> };
  /** A note on what the page did with a link it could not follow as written. */
  note: string | null;
}

export type PanelRequest = 'details' | 'path' | 'compare' | 'disagreements' | 'orgChart' | 'graph';

export type ExplorerEvent =
  | {
      type: 'started';
      sources: SourceInfo[];
      edgeStyles: EdgeLook[];
      tiers: TierChoice[];
      overview: ModelNode[];
      showOverview: boolean;
    }
  | { type: 'noted'; note: string | null }
  | {
      type: 'linkFollowed';
      roots: ModelNode[];
      expansions: [string, Expansion][];
      path: FoundPath | null;
      ends: { from: ModelNode | null; to: ModelNode | null };
    }
  | {
      type: 'optionsSet';
      source: string | null;
      hiddenLabels: readonly string[];
      dismissed: readonly string[];
      layout: LayoutName;
    }
  | { type: 'loading'; request: PanelRequest; message: string }
  | { type: 'failed'; request: PanelRequest; failure: Failure }
  | { type: 'sourceChosen'; source: string | null }
  | { type: 'expanded'; id: string; expansion: Expansion }
  | { type: 'reloaded'; expansions: [string, Expansion][]; path: FoundPath | null }
  | { type: 'collapsed'; id: string }
  | { type: 'dismissed'; id: string }
  | { type: 'broughtBack' }
  | { type: 'overviewShown' }
  | { type: 'selected'; id: string }
  | { type: 'detailsLoaded'; id: string; details: NodeDetails | null }
  | { type: 'pathEndSet'; end: 'from' | 'to'; node: ModelNode }
  | { type: 'pathFound'; path: FoundPath }
  | { type: 'pathCleared' }
  | { type: 'labelToggled'; label: string }
  | { type: 'layoutChosen'; layout: LayoutName }
  | { type: 'viewOpened'; view: PanelView }
  | { type: 'tiersCompared'; tiers: readonly [string, string] }
  | { type: 'compareLoaded'; comparison: Comparison }
  | { type: 'disagreementsLoaded'; disagreements: Disagreement[] }
  | { type: 'orgChartLoaded'; source: string | null; charts: OrgChart[] }
  | { type: 'moreDisagreements'; page: number }
  | { type: 'searched'; text: string }
  | { type: 'searchLoaded'; text: string; hits: SearchHit[] }
  | { type: 'searchFailed'; text: string; failure: Failure }
  | { type: 'pinned'; nodes: ModelNode[]; expansions: [string, Expansion][] };

export const idle = { state: 'idle' } as const;
const settledGraph: Request<null> = { state: 'done', data: null };

export function initialState(): ExplorerState {
  return {
    sources: [],
    edgeStyles: [],
    tiers: [],
    overview: [],
    source: null,
    roots: [],
    expansions: new Map(),
    pinned: [],
    dismissed: new Set(),
    hiddenLabels: new Set(defaultHiddenLabels),
    layout: 'force',
    selected: null,
    view: 'details',
    compared: ['', ''],
    pathEnds: { from: null, to: null },
    graph: idle,
    details: idle,
    path: idle,
    compare: idle,
    disagreements: idle,
    orgChart: idle,
    disagreementsShown: 20,
    search: { text: '', hits: idle },
    note: null,
  };
}

function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): Map<K, V> {
  return new Map(map).set(key, value);
}

function without<K, V>(map: ReadonlyMap<K, V>, key: K): Map<K, V> {
  const next = new Map(map);
  next.delete(key);
  return next;
}

function pin(state: ExplorerState, nodes: readonly ModelNode[]): ExplorerState {
  const known = new Set([...state.roots, ...state.pinned].map((node) => node.id));
  const added = nodes.filter((node) => !known.has(node.id));
  const dismissed = new Set(state.dismissed);
  for (const node of nodes) dismissed.delete(node.id);
  return { ...state, pinned: [...state.pinned, ...added], dismissed };
}

/** The two tiers compared first: the first two listed (the controller lists the most connected first). */
function firstPair(tiers: readonly TierChoice[]): readonly [string, string] {
  return [tiers[0]?.slug ?? '', tiers[1]?.slug ?? tiers[0]?.slug ?? ''];
}

type Unsettled = Extract<Request<unknown>, { state: 'loading' | 'failed' }>;

function withRequest(state: ExplorerState, request: PanelRequest, value: Unsettled): ExplorerState {
  switch (request) {
    case 'details':
      return { ...state, details: value };
    case 'path':
      return { ...state, path: value };
    case 'compare':
      return { ...state, compare: value };
    case 'disagreements':
      return { ...state, disagreements: value };
    case 'orgChart':
      return { ...state, orgChart: value };
    case 'graph':
      return { ...state, graph: value };
  }
}

export function reduce(state: ExplorerState, event: ExplorerEvent): ExplorerState {
  switch (event.type) {
    case 'started':
      return {
        ...state,
        sources: event.sources,
        edgeStyles: event.edgeStyles,
        tiers: event.tiers,
        overview: event.overview,
        compared: firstPair(event.tiers),
        roots: event.showOverview ? event.overview : state.roots,
        graph: settledGraph,
      };
    case 'noted':
      return { ...state, note: event.note };
    case 'optionsSet':
      return {
        ...state,
        source: event.source,
        hiddenLabels: new Set(event.hiddenLabels),
        dismissed: new Set(event.dismissed),
        layout: event.layout,
      };
    case 'linkFollowed':
      return {
        ...state,
        roots: event.roots,
        expansions: new Map(event.expansions),
        pathEnds: event.ends,
        path: event.path && event.path.nodes.length > 0 ? { state: 'done', data: event.path } : idle,
        graph: settledGraph,
      };
    case 'loading':
      return withRequest(state, event.request, { state: 'loading', message: event.message });
    case 'failed':
      return withRequest(state, event.request, { state: 'failed', failure: event.failure });
    default:
      return reduceCanvas(state, event);
  }
}

function reduceCanvas(state: ExplorerState, event: ExplorerEvent): ExplorerState {
  switch (event.type) {
    case 'sourceChosen':
      return { ...state, source: event.source, orgChart: idle };
    case 'expanded':
      return {
        ...state,
        expansions: withEntry(state.expansions, event.id, event.expansion),
        graph: settledGraph,
      };
    case 'reloaded':
      return {
        ...state,
        expansions: new Map(event.expansions),
        path:
          state.path.state === 'idle' || event.path === null
            ? state.path
            : { state: 'done', data: event.path },
        graph: settledGraph,
      };
    case 'collapsed':
      return { ...state, expansions: without(state.expansions, event.id) };
    case 'dismissed': {
      const dismissed = new Set(state.dismissed).add(event.id);
      const unselect = state.selected === event.id;
      return {
        ...state,
        dismissed,
        expansions: without(state.expansions, event.id),
        selected: unselect ? null : state.selected,
        details: unselect ? idle : state.details,
      };
    }
    case 'broughtBack':
      return { ...state, dismissed: new Set() };
    case 'overviewShown':
      return { ...state, roots: state.overview, expansions: new Map(), pinned: [], dismissed: new Set() };
    case 'pinned':
      return {
        ...pin(state, event.nodes),
        expansions: new Map([...state.expansions, ...event.expansions]),
        graph: settledGraph,
      };
    default:
      return reducePanels(state, event);
  }
}

function reducePanels(state: ExplorerState, event: ExplorerEvent): ExplorerState {
  switch (event.type) {
    case 'selected':
      return state.selected === event.id
        ? state
        : { ...state, selected: event.id, details: idle, view: 'details' };
    case 'detailsLoaded':
      return event.id === state.selected
        ? { ...state, details: { state: 'done', data: event.details } }
        : state;
    case 'pathEndSet':
      return { ...state, pathEnds: { ...state.pathEnds, [event.end]: event.node } };
    case 'pathFound':
      return { ...state, path: { state: 'done', data: event.path } };
    case 'pathCleared':
      return { ...state, pathEnds: { from: null, to: null }, path: idle };
    case 'labelToggled': {
      const hiddenLabels = new Set(state.hiddenLabels);
      if (!hiddenLabels.delete(event.label)) hiddenLabels.add(event.label);
      return { ...state, hiddenLabels };
    }
    case 'layoutChosen':
      return { ...state, layout: event.layout };
    case 'viewOpened':
      return { ...state, view: event.view };
    case 'tiersCompared':
      return { ...state, compared: event.tiers };
    case 'compareLoaded':
      return { ...state, compare: { state: 'done', data: event.comparison } };
    case 'disagreementsLoaded':
      return { ...state, disagreements: { state: 'done', data: event.disagreements } };
    case 'orgChartLoaded':
      return event.source === state.source
        ? { ...state, orgChart: { state: 'done', data: event.charts } }
        : state;
    case 'moreDisagreements':
      return { ...state, disagreementsShown: state.disagreementsShown + event.page };
    case 'searched':
      return {
        ...state,
        search: { text: event.text, hits: { state: 'loading', message: `Searching for “${event.text}”…` } },
      };
    case 'searchLoaded':
      return event.text === state.search.text
        ? { ...state, search: { text: event.text, hits: { state: 'done', data: event.hits } } }
        : state;
    case 'searchFailed':
      return event.text === state.search.text
        ? { ...state, search: { text: event.text, hits: { state: 'failed', failure: event.failure } } }
        : state;
    default:
      return state;
  }
}
