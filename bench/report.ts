// Writes one JSON file per benchmark and a Markdown summary table to bench/results/.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

export interface BenchResult {
  name: string;
  title: string;
  /** What `median`, `p95` and `floor` measure, e.g. "ms" or "req/s". */
  unit: string;
  median: number;
  p95: number | null;
  /** The same work by hand-written SQL on the same database. */
  floor: number;
  /** How far the app is from the floor (>1: slower than the floor). */
  ratio: number;
  budget: string;
  met: boolean | null;
  notes: string;
  details: Record<string, unknown>;
}

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));

/** A result's kind: its name without the scale, e.g. `report-funnel-1000000` → `report-funnel`. */
const kindOf = (name: string) => name.replace(/-\d+$/, '');

/** The table's order; kinds not listed come after, by name. */
const ORDER = [
  'move-deal-http-postgres',
  'request-latency-postgres',
  'board',
  'board-first-load',
  'lamp-dashboard',
  'lamp-dashboard-pglite-demo',
  'csv-import',
];

const rank = (name: string) => {
  const i = ORDER.indexOf(kindOf(name));
  return i === -1 ? ORDER.length : i;
};

/**
 * Writes each result as JSON (replacing an older result of the same kind at another scale), then
 * the Markdown table of every result in the folder, so a run of some benches (BENCH_ONLY) keeps
 * the others' last results, each with its own run line.
 */
export async function writeResults(results: readonly BenchResult[], meta: object): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  const existing = (await readdir(resultsDir)).filter((f) => f.endsWith('.json'));
  for (const r of results) {
    for (const file of existing) {
      const name = file.slice(0, -'.json'.length);
      if (name !== r.name && kindOf(name) === kindOf(r.name)) await rm(`${resultsDir}${file}`);
    }
    await writeFormatted(`${resultsDir}${r.name}.json`, JSON.stringify({ ...meta, ...r }));
  }
  const all: (BenchResult & Record<string, unknown>)[] = [];
  for (const file of await readdir(resultsDir)) {
    if (file.endsWith('.json'))
      all.push(JSON.parse(await readFile(`${resultsDir}${file}`, 'utf8')));
  }
  all.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
  await writeFormatted(`${resultsDir}README.md`, markdown(all));
}

/** Formatted as the repository's Prettier config would, so `prettier --check bench` passes. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const options = await resolveConfig(file);
  await writeFile(file, await format(text, { ...options, filepath: file }));
}

const META = ['date', 'node', 'cpus', 'seed', 'scaleDeals', 'loadAverage'];

function markdown(results: readonly (BenchResult & Record<string, unknown>)[]): string {
  const met = (m: boolean | null) => (m === null ? 'n/a' : m ? 'yes' : '**no**');
  const rows = results.map(
    (r) =>
      `| ${r.title} | ${r.unit} | ${r.median} | ${r.p95 ?? '–'} | ${r.floor} | ${r.ratio} | ${r.budget} | ${met(r.met)} | ${String(r.date ?? '')} |`,
  );
  const run = (r: Record<string, unknown>) =>
    JSON.stringify(Object.fromEntries(META.filter((k) => k in r).map((k) => [k, r[k]])));
  const notes = results.map((r) => `- **${r.title}**: ${r.notes} Run: \`${run(r)}\``);
  return [
    '# Benchmark results',
    '',
    'Produced by `npm run bench` (see DESIGN.md, "Performance", and the README). Ratio: the',
    'app against the hand-written SQL floor on the same database (throughput: floor ÷ app;',
    'latency: app ÷ floor). Each row keeps the date of the run that produced it.',
    '',
    '| work | unit | median | p95 | floor | ratio | budget | met? | run |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...notes,
    '',
  ].join('\n');
}
