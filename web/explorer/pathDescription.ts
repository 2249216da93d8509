import type { FoundPath } from './api.ts';

/** The path in words: its steps, and which article each hop comes from. */
export interface PathWords {
  /** "Shortest path (2 hops): CFO → Senior management → Department head" */
  steps: string;
  /** Which articles the hops come from, saying so first when they mix. */
  sources: string;
}

// Nodes of all shortest paths, grouped by distance: alternatives at one step are joined by "or".
function stepsOf(nodes: FoundPath['nodes']): string {
  const steps = new Map<number, string[]>();
  for (const node of nodes) steps.set(node.distance, [...(steps.get(node.distance) ?? []), node.name]);
  return [...steps.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, names]) => names.join(' or '))
    .join(' → ');
}

export function describePath(
  path: FoundPath,
  scope: string,
  titleOf: (slug: string | null) => string,
): PathWords {
  const hops = Math.max(...path.nodes.map((node) => node.distance));
  const name = new Map(path.nodes.map((node) => [node.id, node.name]));
  const hopWords = path.edges
    .filter((edge) => edge.source !== null)
    .map(
      (edge) =>
        `${name.get(edge.from) ?? '?'} –${edge.type}→ ${name.get(edge.to) ?? '?'}: “${titleOf(edge.source)}”`,
    );
  const articles = path.sources.map((slug) => `“${titleOf(slug)}”`);
  const sources = path.mixesSources
    ? `Mixes articles: no single article makes this chain. ${hopWords.join('; ')}.`
    : articles.length === 1
      ? `Every hop is stated by ${articles[0] ?? ''}.`
      : articles.length === 0
        ? 'Only structural links (sections and statements).'
        : `Each path is stated by one article (${articles.join(', ')}).`;
  return { steps: `Shortest path${scope} (${hops} hops): ${stepsOf(path.nodes)}`, sources };
}
