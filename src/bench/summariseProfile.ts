// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and total time by file.
//   npx tsx src/bench/summariseProfile.ts <file.cpuprofile> [--top 30] [--filter src/]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'node_modules/')
    .replace(/^.*?\/(src|templates)\//, '$1/')
    .replace(/\?.*$/, '');

function frameName(f: CallFrame): string {
  const where = f.url ? `${shortUrl(f.url)}:${f.lineNumber + 1}` : '(native)';
  return `${f.functionName || '(anonymous)'}  ${where}`;
}

/** Time per sample: the sample's delta (µs), attributed to its node. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number;
    // A sample's time is the gap to the next one.
    const dt = deltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + Math.max(0, dt));
  }
  return self;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '30' }, filter: { type: 'string', default: '' } },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: summariseProfile.ts <file.cpuprofile> [--top N] [--filter text]');
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const top = Number(values.top);
  const self = selfTimes(profile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = [...self.values()].reduce((a, b) => a + b, 0);

  // Self time per function.
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const key = frameName(node.callFrame);
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  // Inclusive time per function (each sample counted once per function on its stack).
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur);
      if (!node) break;
      const key = frameName(node.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  // Self time per file (package for node_modules).
  const byFile = new Map<string, number>();
  for (const [id, us] of self) {
    const url = byId.get(id)?.callFrame.url ?? '';
    const short = shortUrl(url);
    const key = short.startsWith('node_modules/')
      ? short
          .split('/')
          .slice(0, short.startsWith('node_modules/@') ? 3 : 2)
          .join('/')
      : short || '(native / GC)';
    byFile.set(key, (byFile.get(key) ?? 0) + us);
  }

  const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
  const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
  const show = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`);
    [...map]
      .filter(([k]) => !values.filter || k.includes(values.filter))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .forEach(([k, us]) => console.log(`${ms(us)} ${pct(us)}  ${k}`));
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  show('Self time by function:', byFunction);
  show('Inclusive time by function:', inclusive);
  show('Self time by file / package:', byFile);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
