// `node --import tsx bench/cpuProfileSummary.ts <file.cpuprofile> [top]`: where a V8 CPU profile
// (written by `node --cpu-prof`) spent its time after its first `skip-ms`, by package (each node_modules package, our own
// source by folder, Node's internals, garbage collection, idle) and by function, self time only.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a frame's script belongs to: `neo4j-driver-bolt-connection`, `ours: src/data`, `node: internals`. */
export function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) return modules[1];
  const ours = /\/(src|bench)\/([^/]+)\//.exec(url);
  if (ours) return `ours: ${ours[1]}/${ours[2]}`;
  if (url.startsWith('node:')) return 'node: internals';
  return url;
}

/** `skipMs`: samples of the profile's first milliseconds (the process starting) are left out. */
export function summariseProfile(file: string, top: number, skipMs = 0): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  let elapsedUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    elapsedUs += delta;
    if (elapsedUs >= skipMs * 1000) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += us;
    if (frame.functionName === '(idle)') idle += us;
    const pkg = packageOf(frame.url, frame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${pkg}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const busy = total - idle;
  const rows = (map: Map<string, number>) =>
    [...map]
      .filter(([name]) => !name.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `| ${name} | ${(us / 1000).toFixed(0)} | ${((100 * us) / busy).toFixed(1)}% |`)
      .join('\n');
  console.log(
    `Busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms sampled (from ${skipMs} ms on).\n`,
  );
  console.log(`| package | self ms | share of busy |\n| --- | ---: | ---: |\n${rows(packages)}\n`);
  console.log(`| function | self ms | share of busy |\n| --- | ---: | ---: |\n${rows(functions)}`);
}

if (process.argv[1]?.endsWith('cpuProfileSummary.ts')) {
  const [file, top, skipMs] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpuProfileSummary.ts <file.cpuprofile> [top] [skip-ms]');
  summariseProfile(file, Number(top ?? 25), Number(skipMs ?? 0));
}
