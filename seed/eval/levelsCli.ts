// `npm run eval:levels`: accuracy of tier placement on the ladder against the analyst's gold
// (tests/fixtures/levels/placement.gold.yaml), per set of articles, and every miss.
import { loadCatalogue } from '../../src/ingest/loadArticle.ts';
import { evaluatePlacement, type PlacementOutcome } from './placement.ts';

const outcomes = evaluatePlacement(loadCatalogue());
const share = (of: readonly PlacementOutcome[], ok: (o: PlacementOutcome) => boolean) =>
  of.length === 0 ? '-' : (of.filter(ok).length / of.length).toFixed(3);
const row = (name: string, of: readonly PlacementOutcome[]) =>
  `| ${name} | ${of.length} | ${share(of, (o) => o.correct)} | ${share(of, (o) => o.strict)} |`;

console.log('| articles | tiers | accuracy | first reading only |');
console.log('| --- | --- | --- | --- |');
for (const set of ['seed', 'dev', 'own', 'holdout', 'extra'])
  console.log(
    row(
      set,
      outcomes.filter((o) => o.set === set),
    ),
  );
console.log(row('all', outcomes));
const misses = outcomes.filter((o) => !o.strict);
if (misses.length > 0) console.log('\nNot at the first reading:');
for (const o of misses)
  console.log(
    `- ${o.slug}: ${o.tier} placed ${o.got ?? 'nowhere'}, gold ${o.accepted.join(' or ')}${o.correct ? ' (accepted)' : ''}`,
  );
