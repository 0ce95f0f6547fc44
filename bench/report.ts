// Writes one JSON file per benchmark and a Markdown summary table to bench/results/.
import { mkdir, writeFile } from 'node:fs/promises';
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

export async function writeResults(results: readonly BenchResult[], meta: object): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  for (const r of results) {
    await writeFormatted(`${resultsDir}${r.name}.json`, JSON.stringify({ ...meta, ...r }));
  }
  await writeFormatted(`${resultsDir}README.md`, markdown(results, meta));
}

/** Formatted as the repository's Prettier config would, so `prettier --check bench` passes. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const options = await resolveConfig(file);
  await writeFile(file, await format(text, { ...options, filepath: file }));
}

function markdown(results: readonly BenchResult[], meta: object): string {
  const met = (m: boolean | null) => (m === null ? 'n/a' : m ? 'yes' : '**no**');
  const rows = results.map(
    (r) =>
      `| ${r.title} | ${r.unit} | ${r.median} | ${r.p95 ?? '–'} | ${r.floor} | ${r.ratio} | ${r.budget} | ${met(r.met)} |`,
  );
  const notes = results.map((r) => `- **${r.title}**: ${r.notes}`);
  return [
    '# Benchmark results',
    '',
    'Produced by `npm run bench` (see DESIGN.md, "Performance"). Ratio: the app against the',
    'hand-written SQL floor on the same database (throughput: floor ÷ app; latency: app ÷ floor).',
    '',
    '| work | unit | median | p95 | floor | ratio | budget | met? |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...notes,
    '',
    `Run: \`${JSON.stringify(meta)}\``,
    '',
  ].join('\n');
}
