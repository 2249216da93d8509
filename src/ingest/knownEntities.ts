import type { CypherExecutor } from '../db/cypher.ts';
import type { Catalogue, CatalogueEntry } from './annotations.ts';

// Tiers, roles and dimensions already in the graph, with the names they are known by.
const knownEntitiesQuery = `
  MATCH (n) WHERE n:Tier OR n:Role OR n:Dimension
  RETURN CASE WHEN n:Tier THEN 'tiers' WHEN n:Role THEN 'roles' ELSE 'dimensions' END AS kind,
         n.slug AS slug, n.name AS name, coalesce(n.aliases, []) AS aliases
  ORDER BY kind, slug`;

/**
 * The catalogue extended with the entities earlier articles brought into the graph, so that an
 * extracted "Field Manager" joins the "field-managers" tier another article introduced instead of
 * becoming a second node. The catalogue's own entries win where both know a slug.
 */
export async function catalogueWithGraph(cypher: CypherExecutor, catalogue: Catalogue): Promise<Catalogue> {
  const rows = await cypher.read<{
    kind: 'tiers' | 'roles' | 'dimensions';
    slug: string;
    name: string;
    aliases: string[];
  }>('knownEntities', knownEntitiesQuery);
  const extended: Catalogue = {
    ...catalogue,
    tiers: [...catalogue.tiers],
    roles: [...catalogue.roles],
    dimensions: [...catalogue.dimensions],
  };
  for (const row of rows) {
    const entries: CatalogueEntry[] = extended[row.kind];
    if (!entries.some((e) => e.slug === row.slug))
      entries.push({ slug: row.slug, name: row.name, aliases: row.aliases });
  }
  return extended;
}
