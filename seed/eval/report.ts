import { claimKinds, claimsMicro, figures, scoredKinds, type Counts } from './score.ts';
import { byLayout, type SetResult } from './evaluate.ts';

const f2 = (n: number) => n.toFixed(2);
const row = (label: string, c: Counts) => {
  const f = figures(c);
  return `| ${label} | ${f2(f.precision)} | ${f2(f.recall)} | ${f2(f.f1)} | ${c.tp} | ${c.got} | ${c.want} |`;
};
const header =
  '| | precision | recall | F1 | matched | extracted | gold |\n| --- | --- | --- | --- | --- | --- | --- |';

/** One set's figures as Markdown: per kind of claim, then per article. */
export function setMarkdown(set: SetResult): string {
  const kinds = scoredKinds.map((k) => row(k === 'furniture' ? 'furniture kept out' : k, set.total[k]));
  const articles = set.articles.map((a) => row(a.slug, claimsMicro(a.score)));
  return [
    `### ${set.name} (${set.articles.length} articles)`,
    '',
    header,
    ...kinds,
    row(`**claims, micro-average** (${claimKinds.join(', ')})`, claimsMicro(set.total)),
    '',
    'Per article (claims):',
    '',
    header,
    ...articles,
  ].join('\n');
}

/** A short text form for the terminal. */
export function setText(set: SetResult): string {
  const line = (label: string, c: Counts) => {
    const f = figures(c);
    return `  ${label.padEnd(44)} P ${f2(f.precision)}  R ${f2(f.recall)}  F1 ${f2(f.f1)}  (${c.tp} matched, ${c.got} extracted, ${c.want} gold)`;
  };
  return [
    `# ${set.name}`,
    ...set.articles.map((a) => line(a.slug, claimsMicro(a.score))),
    ...scoredKinds.map((k) => line(`[${k}]`, set.total[k])),
    line('[claims, micro-average]', claimsMicro(set.total)),
  ].join('\n');
}

export function timing(sets: readonly SetResult[]): { median: number; max: number; count: number } {
  const ms = sets.flatMap((s) => s.articles.map((a) => a.ms)).sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)] ?? 0, max: ms.at(-1) ?? 0, count: ms.length };
}

const kindHeads = claimKinds.map((k) => `${k} F1`);

/** One row per layout: claims precision, recall and F1, then F1 per kind of claim. */
export function layoutMarkdown(sets: readonly SetResult[]): string {
  const rows = byLayout(sets).map(({ layout, articles, total }) => {
    const claims = figures(claimsMicro(total));
    const kinds = claimKinds.map((k) => (total[k].want || total[k].got ? f2(figures(total[k]).f1) : '-'));
    return `| ${layout} | ${articles} | ${f2(claims.precision)} | ${f2(claims.recall)} | **${f2(claims.f1)}** | ${kinds.join(' | ')} |`;
  });
  return [
    `| layout | articles | claims precision | recall | F1 | ${kindHeads.join(' | ')} |`,
    `| --- | --- | --- | --- | --- | ${kindHeads.map(() => '---').join(' | ')} |`,
    ...rows,
  ].join('\n');
}

/** Per layout, for the terminal. */
export function layoutText(name: string, sets: readonly SetResult[]): string {
  return [
    `# ${name}, per layout`,
    ...byLayout(sets).map(({ layout, articles, total }) => {
      const c = figures(claimsMicro(total));
      const kinds = claimKinds.map((k) => `${k} ${f2(figures(total[k]).f1)}`).join(', ');
      return `  ${`${layout} (${articles})`.padEnd(22)} P ${f2(c.precision)}  R ${f2(c.recall)}  F1 ${f2(c.f1)}  (${kinds})`;
    }),
  ].join('\n');
}
