// `npm run eval:similarity`: how well the claim similarity tells pairs that mean the same from
// pairs that do not, on a pair file of the gold format (by default the judged pairs), per kind and
// overall, at the configured threshold (docs/similarity.md). `--calibrate` fits the combination of
// signals on the file instead and prints its cross-validated figures and coefficients.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { calibratedKinds } from '../../src/similarity/calibration.ts';
import {
  bestThreshold,
  crossValidatedScores,
  fitCalibration,
  type PairsByKind,
} from './similarityCalibration.ts';
import {
  averagePrecision,
  claimKinds,
  f1Of,
  goldPairsFile,
  kindLabels,
  quality,
  readPairFile,
  scorePairs,
  signalsOfPairs,
  type PairScore,
} from './similarityGold.ts';

const usage = `usage: npm run eval:similarity -- [--pairs FILE] [--calibrate] [--list]

  --pairs FILE  a pair file of the format of tests/fixtures/similarity/gold-pairs.yaml (any of
                responsibilities, skills, characteristics); default: that file
  --calibrate   fit the combination of signals on the file by cross-validation and print the
                coefficients for src/similarity/calibration.ts
  --list        also print every pair with its score`;

const fixed = (x: number) => x.toFixed(2);

function row(name: string, pairs: readonly PairScore[], threshold: number): string {
  const q = quality(pairs, threshold);
  return `| ${name} | ${pairs.length} | ${fixed(q.precision)} | ${fixed(q.recall)} | ${fixed(f1Of(q))} | ${q.truePositives} / ${q.falsePositives} | ${q.falseNegatives} | ${fixed(averagePrecision(pairs))} |`;
}

function table(scored: readonly (readonly [string, readonly PairScore[]])[], threshold: number): void {
  console.log(`\nAt threshold ${threshold}:\n`);
  console.log(
    '| pairs | n | precision | recall | F1 | found (right / wrong) | missed | area under PR curve |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, pairs] of scored) if (pairs.length > 0) console.log(row(name, pairs, threshold));
}

function calibrate(byKind: PairsByKind, threshold: number): void {
  for (const perKind of [false, true]) {
    const cv = crossValidatedScores(byKind, perKind);
    const all = claimKinds.flatMap((k) => cv[k]);
    console.log(`\nCross-validated (5 folds × 20), ${perKind ? 'a fit per kind' : 'one fit for all kinds'}:`);
    table([...claimKinds.map((k) => [k, cv[k]] as const), ['all', all]], threshold);
    const best = bestThreshold(all);
    console.log(`best threshold on the held-out scores: ${best}`);
    if (best !== threshold) table([...claimKinds.map((k) => [k, cv[k]] as const), ['all', all]], best);
  }
  console.log('\nFitted on every pair (src/similarity/calibration.ts):\n');
  const pooled = fitCalibration(claimKinds.flatMap((k) => byKind[k]));
  console.log(`all kinds: ${JSON.stringify(pooled)}`);
  for (const kind of claimKinds)
    console.log(`${kindLabels[kind]}: ${JSON.stringify(fitCalibration(byKind[kind]))}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pairs: { type: 'string' },
      calibrate: { type: 'boolean' },
      list: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const file = values.pairs === undefined ? goldPairsFile : resolve(values.pairs);
  const pairs = readPairFile(file);
  if (claimKinds.every((k) => pairs[k].length === 0))
    throw new Error(
      `${file} holds no pairs: give responsibilities, skills or characteristics a pair {a, b, same}`,
    );
  const threshold = loadConfig().graphql.similarityThreshold;
  console.log(`Pairs: ${file}; kinds calibrated: ${calibratedKinds.join(', ')}`);
  if (values.calibrate) {
    calibrate(
      {
        responsibilities: await signalsOfPairs('responsibilities', pairs.responsibilities),
        skills: await signalsOfPairs('skills', pairs.skills),
        characteristics: await signalsOfPairs('characteristics', pairs.characteristics),
      },
      threshold,
    );
    return;
  }
  const scored = await Promise.all(claimKinds.map(async (k) => [k, await scorePairs(k, pairs[k])] as const));
  const all = scored.flatMap(([, p]) => p);
  table([...scored, ['all', all]], threshold);
  if (values.list)
    for (const [kind, list] of scored)
      for (const p of list)
        console.log(`- ${kind} ${p.score.toFixed(3)} ${p.same ? 'same' : 'different'}: "${p.a}" / "${p.b}"`);
  const q = quality(all, threshold);
  console.log(
    `\nsimilarity: P ${fixed(q.precision)} R ${fixed(q.recall)} F1 ${fixed(f1Of(q))} over ${all.length} pairs`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
