import type { GraphPlan, PlannedNode } from '../../src/ingest/plan/graphPlan.ts';
import { norm, type Answer, type AnswerRole } from './score.ts';

/**
 * What the API would answer for a freshly loaded source, read off its graph plan: the fields the
 * scorer asks for (title, dimensions, and per tier its roles, responsibilities, skills and
 * characteristics with their evidence), so extraction can be measured without a database.
 */
export function answerFromPlan(plan: GraphPlan): Answer {
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const name = (id: string) => String(byId.get(id)?.props['name'] ?? '');
  const text = (id: string) => String(byId.get(id)?.props['text'] ?? '');
  const claims = plan.relationships.filter((r) => Array.isArray(r.props['evidence']));
  const source = plan.nodes.find((n) => n.label === 'Source');
  // In name order, as the API lists tiers (the scorer pairs them with gold tiers in that order).
  const tierIds = [
    ...new Set(
      claims
        .flatMap((r) => [r.from, r.to])
        .filter((end) => end.label === 'Tier')
        .map((end) => end.id),
    ),
  ].sort((a, b) => name(a).localeCompare(name(b)) || a.localeCompare(b));
  const tiers = tierIds.map((tierId) => {
    const ends = (type: string, direction: 'in' | 'out') =>
      claims
        .filter((r) => r.type === type && (direction === 'out' ? r.from.id === tierId : r.to.id === tierId))
        .map((r) => (direction === 'out' ? r.to.id : r.from.id));
    return {
      name: name(tierId),
      roles: ends('MEMBER_OF', 'in').map(name),
      responsibilities: ends('HAS_RESPONSIBILITY', 'out').map(name),
      skills: ends('REQUIRES_SKILL', 'out').map(name),
      characteristics: claims
        .filter((r) => r.type === 'HAS_CHARACTERISTIC' && r.from.id === tierId)
        .map((r) => {
          const characteristic = byId.get(r.to.id) as PlannedNode;
          const onDimension = claims.find((d) => d.type === 'ON_DIMENSION' && d.from.id === r.to.id);
          const evidence = r.props['evidence'];
          return {
            dimension: onDimension ? name(onDimension.to.id) : '',
            summary: String(characteristic.props['summary'] ?? ''),
            evidence: Array.isArray(evidence) ? evidence.map(String).map(text) : [],
          };
        }),
    };
  });
  const statements = plan.nodes
    .filter((n) => n.label === 'Statement')
    .map((n) => norm(String(n.props['text'] ?? '')));
  return {
    title: source ? String(source.props['title'] ?? '') : null,
    roles: rolesFromClaims(claims, name, (id) => byId.get(id)),
    dimensions: claims.filter((r) => r.type === 'COMPARES_ON').map((r) => name(r.to.id)),
    tiers,
    leaked: (line) => statements.some((s) => s.includes(norm(line))),
  };
}

/**
 * The roles the source makes a claim about, as `roles(filter: { source })` lists them, each with
 * its own responsibilities and skills and the names of the roles it reports to.
 */
function rolesFromClaims(
  claims: GraphPlan['relationships'],
  name: (id: string) => string,
  node: (id: string) => PlannedNode | undefined,
): AnswerRole[] {
  const ids = [
    ...new Set(
      claims
        .flatMap((r) => [r.from, r.to])
        .filter((end) => end.label === 'Role')
        .map((end) => end.id),
    ),
  ].sort((a, b) => name(a).localeCompare(name(b)) || a.localeCompare(b));
  const aliases = (id: string) => {
    const value = node(id)?.props['aliases'];
    return Array.isArray(value) ? value.map(String) : [];
  };
  const own = (id: string, type: string, label: string) =>
    claims
      .filter((r) => r.type === type && r.from.id === id && r.to.label === label)
      .map((r) => name(r.to.id));
  return ids.map((id) => ({
    name: name(id),
    aliases: aliases(id),
    responsibilities: own(id, 'HAS_RESPONSIBILITY', 'Responsibility'),
    skills: own(id, 'REQUIRES_SKILL', 'Skill'),
    reportsTo: claims
      .filter((r) => r.type === 'REPORTS_TO' && r.from.id === id)
      .map((r) => [name(r.to.id), ...aliases(r.to.id)]),
  }));
}
