// cytoscape-svg ships no types; the method it adds to a graph is declared in graphView.ts.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
