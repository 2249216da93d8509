// `npm run eval:similarity`: precision and recall of the claim-text similarity on the gold pairs,
// per threshold, as docs/similarity.md reports them: per kind, on the 41 pairs written first, and
// on the whole list.
import { claimKinds, firstWritten, quality, scoreGoldPairs, type PairScore } from './similarityGold.ts';

const thresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35];
const scored = claimKinds.map((kind) => [kind, scoreGoldPairs(kind)] as const);
const sets: (readonly [string, PairScore[]])[] = [
  ...scored,
  ['first 41', scored.flatMap(([kind, pairs]) => pairs.slice(0, firstWritten[kind]))],
  ['all', scored.flatMap(([, pairs]) => pairs)],
];

console.log('| threshold | pairs | precision | recall | F1 | found (right / wrong) | missed |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const threshold of thresholds) {
  for (const [name, pairs] of sets) {
    const q = quality(pairs, threshold);
    const f1 = q.precision + q.recall === 0 ? 0 : (2 * q.precision * q.recall) / (q.precision + q.recall);
    console.log(
      `| ${threshold} | ${name} (${pairs.length}) | ${q.precision.toFixed(2)} | ${q.recall.toFixed(2)} | ${f1.toFixed(2)} | ${q.truePositives} / ${q.falsePositives} | ${q.falseNegatives} |`,
    );
  }
}
console.log('\nEach pair, its score and the judgement:\n');
for (const [kind, pairs] of scored) {
  for (const p of pairs)
    console.log(`- ${kind} ${p.score.toFixed(3)} ${p.same ? 'same' : 'different'}: "${p.a}" / "${p.b}"`);
}
