// The operations README documents (docs/examples), embedded at build time so the playground opens
// with them whatever the network.
const exampleFiles = import.meta.glob<string>('../../docs/examples/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Variables shown with an example, so the variables pane starts with something to change. */
const exampleVariables: Record<string, Record<string, unknown>> = {
  '2-role-detail.graphql': { role: 'cfo' },
  '4-search.graphql': { text: 'budget', first: 5 },
  '6-disagreements.graphql': { about: 'senior-management' },
  '7-dashboard-stats.graphql': { tiers: ['senior-leadership', 'senior-management'] },
};

export interface ExampleTab {
  query: string;
  variables?: string;
}

/** One GraphiQL tab per example file, in their numbered order (2 before 10). */
export function exampleTabs(): ExampleTab[] {
  return Object.entries(exampleFiles)
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([path, query]) => {
      const variables = exampleVariables[path.slice(path.lastIndexOf('/') + 1)];
      return variables ? { query, variables: JSON.stringify(variables, null, 2) } : { query };
    });
}
