import type { ContenderName } from './operations.ts';
import type { BenchResults, ScaleResult } from './results.ts';

const contenderLabels: Record<ContenderName, string> = {
  ours: 'ours',
  library: '@neo4j/graphql',
  floor: 'raw Cypher (floor)',
};
const contenderColours: Record<ContenderName, string> = {
  ours: '#1f77b4',
  library: '#d62728',
  floor: '#2ca02c',
};
const contenders: ContenderName[] = ['ours', 'library', 'floor'];

// Sizes measured before an operation joined the benchmark have no figure for it.
const ms = (value: number) =>
  Number.isNaN(value)
    ? 'not measured'
    : value >= 100
      ? value.toFixed(0)
      : value >= 10
        ? value.toFixed(1)
        : value.toFixed(2);
// A zero denominator means nothing finished within the window: no ratio to give.
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
const perSecond = (value: number, failures = 0) =>
  `${value === 0 ? '0 (none finished in the window)' : value.toFixed(0)}${failures > 0 ? ` (${failures} failed)` : ''}`;
const optional = (value: number | null) => (value === null ? 'n/a' : ms(value));

function scaleTables(scale: ScaleResult): string {
  const rows = scale.operations.flatMap((op) =>
    contenders.map((c) => {
      const f = op.contenders[c];
      return `| ${op.name} | ${contenderLabels[c]} | ${ms(f.p50)} | ${ms(f.p99)} | ${perSecond(f.throughput, f.failures)} | ${f.throughput === 0 ? 'n/a' : ms(f.p99At32)} | ${f.roundTrips} | ${optional(f.serverCpuMs)} | ${optional(f.databaseCpuMs)} |`;
    }),
  );
  const ratios = scale.operations.map((op) => {
    const { ours, library, floor } = op.contenders;
    return `| ${op.name} | ${ratio(ours.p50 / floor.p50)} | ${ratio(ours.p50 / library.p50)} | ${ratio(ours.throughput / library.throughput)} | ${ratio(ours.throughput / floor.throughput)} |`;
  });
  const load = scale.load;
  return [
    `### Size ${scale.scale}: ${load.nodes.toLocaleString('en')} nodes, ${load.relationships.toLocaleString('en')} relationships`,
    '',
    `Loaded ${load.articles} synthetic articles in ${load.seconds.toFixed(1)} s: ${Math.round(load.rate).toLocaleString('en')} nodes+relationships per second. ` +
      `Load average ${scale.loadAverage.before.map((v) => v.toFixed(2)).join(' ')} before and ${scale.loadAverage.after.map((v) => v.toFixed(2)).join(' ')} after the measurements (${scale.measuredAt}).`,
    '',
    '| operation | contender | p50 ms | p99 ms | req/s @32 | p99 ms @32 | Cypher round trips | server CPU ms/req | Neo4j CPU ms/req |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '| operation | p50 ours / floor | p50 ours / @neo4j/graphql | throughput ours / @neo4j/graphql | throughput ours / floor |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...ratios,
    '',
  ].join('\n');
}

/** Every operation of any size, in the order the sizes list them. */
function operationNames(results: BenchResults): string[] {
  return [...new Set(results.scales.flatMap((s) => s.operations.map((op) => op.name)))];
}

function growthTable(results: BenchResults): string {
  const [first, ...rest] = results.scales;
  if (!first || rest.length === 0) return 'Only one size was measured in this run: no growth figures.\n';
  const head = `| operation | contender | ${results.scales.map((s) => `p50 ${s.scale} ms`).join(' | ')} | ${rest.map((s) => `${s.scale} / ${first.scale}`).join(' | ')} |`;
  const rows = operationNames(results).flatMap((name) =>
    contenders.map((c) => {
      const op = results.scales.flatMap((s) => s.operations).find((o) => o.name === name);
      const values = results.scales.map(
        (s) => s.operations.find((o) => o.name === name)?.contenders[c].p50 ?? Number.NaN,
      );
      const base = values[0] ?? Number.NaN;
      return `| ${name}${op?.point ? ' (point)' : ''} | ${contenderLabels[c]} | ${values.map(ms).join(' | ')} | ${values
        .slice(1)
        .map((v) => ratio(v / base))
        .join(' | ')} |`;
    }),
  );
  return [
    head,
    `| --- | --- | ${results.scales.map(() => '---:').join(' | ')} | ${rest.map(() => '---:').join(' | ')} |`,
    ...rows,
    '',
  ].join('\n');
}

/** The figures part of docs/benchmarks.md (the prose around it is written by hand). */
export function figuresMarkdown(results: BenchResults): string {
  const m = results.machine;
  const s = results.settings;
  return [
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB, ${m.platform}, Node ${m.node}, Neo4j ${m.neo4j} Community; shared with other workloads, so figures are noisy.`,
    `Settings: ${s.rounds} interleaved round(s); per round and operation each contender gets ${s.singleSeconds} s single-client and ${s.loadSeconds} s at ${s.connections} connections.`,
    '',
    ...results.scales.map(scaleTables),
    '### Growth of p50 with the graph size',
    '',
    growthTable(results),
  ].join('\n');
}

/** An SVG of p50 latency against graph size, one panel per operation, one line per contender. */
export function latencyChart(results: BenchResults): string {
  const operations = operationNames(results);
  const columns = 4;
  const panelWidth = 260;
  const panelHeight = 200;
  const margin = { left: 50, right: 15, top: 30, bottom: 40 };
  const rowsCount = Math.ceil(operations.length / columns);
  const width = columns * panelWidth;
  const height = rowsCount * panelHeight + 40;
  const sizes = results.scales.map((s) => s.load.nodes);
  const minX = Math.log10(Math.min(...sizes));
  const maxX = Math.log10(Math.max(...sizes));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
  );
  parts.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  contenders.forEach((c, i) => {
    parts.push(
      `<rect x="${10 + i * 170}" y="8" width="12" height="12" fill="${contenderColours[c]}"/><text x="${26 + i * 170}" y="18">${contenderLabels[c]}</text>`,
    );
  });
  operations.forEach((name, index) => {
    const x0 = (index % columns) * panelWidth;
    const y0 = 30 + Math.floor(index / columns) * panelHeight;
    const plotW = panelWidth - margin.left - margin.right;
    const plotH = panelHeight - margin.top - margin.bottom;
    const values = results.scales.flatMap((s) =>
      contenders.map((c) => s.operations.find((o) => o.name === name)?.contenders[c].p50 ?? 0),
    );
    const maxY = Math.max(...values) * 1.1 || 1;
    const px = (nodes: number) =>
      x0 + margin.left + (maxX === minX ? plotW / 2 : ((Math.log10(nodes) - minX) / (maxX - minX)) * plotW);
    const py = (value: number) => y0 + margin.top + plotH - (value / maxY) * plotH;
    parts.push(`<text x="${x0 + margin.left}" y="${y0 + 18}" font-weight="bold">${name}</text>`);
    parts.push(
      `<line x1="${x0 + margin.left}" y1="${y0 + margin.top + plotH}" x2="${x0 + margin.left + plotW}" y2="${y0 + margin.top + plotH}" stroke="#333"/>`,
    );
    parts.push(
      `<line x1="${x0 + margin.left}" y1="${y0 + margin.top}" x2="${x0 + margin.left}" y2="${y0 + margin.top + plotH}" stroke="#333"/>`,
    );
    parts.push(
      `<text x="${x0 + 4}" y="${y0 + margin.top + 4}">${ms(maxY)} ms</text><text x="${x0 + 30}" y="${y0 + margin.top + plotH}">0</text>`,
    );
    results.scales.forEach((s) => {
      parts.push(`<text x="${px(s.load.nodes) - 10}" y="${y0 + margin.top + plotH + 14}">${s.scale}</text>`);
    });
    parts.push(
      `<text x="${x0 + margin.left + plotW / 2 - 50}" y="${y0 + panelHeight - 8}">nodes (log scale)</text>`,
    );
    for (const c of contenders) {
      const points = results.scales.flatMap((s) => {
        const p50 = s.operations.find((o) => o.name === name)?.contenders[c].p50;
        return p50 === undefined ? [] : [[px(s.load.nodes), py(p50)] as const];
      });
      parts.push(
        `<polyline fill="none" stroke="${contenderColours[c]}" stroke-width="2" points="${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}"/>`,
      );
      for (const [x, y] of points)
        parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="${contenderColours[c]}"/>`);
    }
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
