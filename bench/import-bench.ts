// CSV import at DESIGN.md's size: 100k prospects (leads) through POST /api/v1/leads/imports, the
// product's only CSV importer (contacts have none), timed, with the process's peak RSS growth
// sampled while it runs, at a tenth of the size first, so growth with size is visible. Floor:
// the same rows (leads, first-touch tasks, their events and rollup) written by COPY.
import pg from 'pg';
import { MAX_PROSPECT_ROWS } from '../src/modules/leads/app/check-prospect-import.ts';
import { copyIn } from './copy-in.ts';
import type { BenchResult } from './report.ts';
import { api, type BenchServer, type Seeded } from './setup.ts';
import { round } from './stats.ts';

const MB = 1024 * 1024;

/** Rows unique across every import of the run (a repeated e-mail or phone is a duplicate). */
function csv(rows: number, tag: string, first: number): string {
  let text = 'name,company,email,phone\n';
  for (let i = first; i < first + rows; i++) {
    text += `Prospect ${tag}${i},Company ${i % 5000},${tag}${i}@import.test,+48${600_000_000 + i}\n`;
  }
  return text;
}

/** Runs `work` while sampling RSS every 20 ms; the peak above the level before it started. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakGrowthMb: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakGrowthMb: round((peak - before) / MB, 1) };
  } finally {
    clearInterval(timer);
  }
}

/**
 * `rows` prospects in files of at most MAX_PROSPECT_ROWS (the product refuses bigger ones: "split
 * the file"), imported one after another; the time of all, the highest peak RSS growth of any.
 */
async function importAll(server: BenchServer, s: Seeded, rows: number, tag: string, base: number) {
  let [seconds, peakGrowthMb, csvMb, files] = [0, 0, 0, 0];
  for (let first = 0; first < rows; first += MAX_PROSPECT_ROWS) {
    const count = Math.min(MAX_PROSPECT_ROWS, rows - first);
    const body = { csv: csv(count, tag, base + first), campaign: `bench-${tag}` };
    const started = performance.now();
    const run = await withPeakRss(() => api(server, s.token, 'POST', '/leads/imports', body));
    seconds += (performance.now() - started) / 1000;
    if (run.value.imported !== count) {
      throw new Error(`import of ${count} rows imported ${String(run.value.imported)}`);
    }
    peakGrowthMb = Math.max(peakGrowthMb, run.peakGrowthMb);
    csvMb += body.csv.length / MB;
    files += 1;
  }
  return { seconds, peakGrowthMb, csvMb: round(csvMb, 1), files };
}

/** The floor: the same leads, tasks and events by COPY in one transaction, then the rollup. */
async function floor(url: string, s: Seeded, rows: number, actorId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const id = (kind: string, n: number) =>
    `9${kind}000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  const now = new Date().toISOString();
  const lines = (count: number, row: (n: number) => string) => {
    let n = 0;
    return () => {
      if (n >= count) return null;
      let text = '';
      for (const end = Math.min(count, n + 1000); n < end; n++) text += row(n);
      return text;
    };
  };
  const ws = s.workspaceId;
  const started = performance.now();
  try {
    await client.query('begin');
    await copyIn(client, 'leads', ['workspace_id', 'id', 'name', 'company_name', 'email', 'phone', 'source_channel', 'source_medium', 'source_campaign', 'status', 'created_at', 'updated_at'],
      lines(rows, (n) => `${ws}\t${id('c', n)}\tProspect f${n}\tCompany ${n % 5000}\tf${n}@floor.test\t+48${700_000_000 + n}\toutbound\tprospect_list\tbench-floor\tnew\t${now}\t${now}\n`)); // prettier-ignore
    await copyIn(client, 'activities', ['workspace_id', 'id', 'type', 'subject', 'due_at', 'lead_id', 'created_by', 'created_at', 'updated_at'],
      lines(rows, (n) => `${ws}\t${id('a', n)}\ttask\tFirst touch: Prospect f${n} (bench-floor)\t${now}\t${id('c', n)}\t${actorId}\t${now}\t${now}\n`)); // prettier-ignore
    await copyIn(client, 'events', ['workspace_id', 'id', 'type', 'occurred_at', 'actor_id', 'lead_id', 'activity_id', 'channel', 'medium', 'campaign', 'activity_type'],
      lines(rows, (n) =>
        `${ws}\t${id('e', 2 * n)}\tlead.created\t${now}\t${actorId}\t${id('c', n)}\t\\N\toutbound\tprospect_list\tbench-floor\t\\N\n` +
        `${ws}\t${id('e', 2 * n + 1)}\tactivity.created\t${now}\t${actorId}\t${id('c', n)}\t${id('a', n)}\t\\N\t\\N\t\\N\ttask\n`)); // prettier-ignore
    await client.query(
      `insert into event_rollups as r (workspace_id, week_start, type, owner_id, team_id, pipeline_id,
         stage_id, channel, medium, activity_type, count, amount_sum, duration_sum)
       select workspace_id, date_trunc('week', occurred_at at time zone 'Europe/Warsaw')::date, type,
         owner_id, team_id, pipeline_id, stage_id, channel, medium, activity_type, count(*), 0, 0
       from events where workspace_id = $1
         and id >= '9e000000-0000-4000-8000-000000000000' and id < '9f000000-0000-0000-0000-000000000000'
       group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
       on conflict on constraint event_rollups_key do update set count = r.count + excluded.count`,
      [ws],
    );
    await client.query('commit');
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

export async function importBench(
  server: BenchServer,
  url: string,
  s: Seeded,
  rows: number,
  log: (line: string) => void,
): Promise<BenchResult> {
  const me = await api(server, s.token, 'GET', '/me');
  const actorId = (me.user as { id: string }).id;
  const small = await importAll(server, s, rows / 10, 's', 0);
  log(`import ${rows / 10} rows: ${round(small.seconds)} s, peak RSS +${small.peakGrowthMb} MB`);
  const full = await importAll(server, s, rows, 'f', rows);
  log(`import ${rows} rows: ${round(full.seconds)} s, peak RSS +${full.peakGrowthMb} MB`);
  const floorSeconds = await floor(url, s, rows, actorId);
  const growth = full.peakGrowthMb / Math.max(small.peakGrowthMb, 1);
  return {
    name: `csv-import-${rows}`,
    title: `CSV import: ${rows.toLocaleString('en')} prospects (leads), PostgreSQL`,
    unit: 's',
    median: round(full.seconds),
    p95: null,
    floor: round(floorSeconds),
    ratio: round(full.seconds / floorSeconds),
    budget: '< 20 s, constant memory (100k contacts)',
    met: rows >= 100_000 ? full.seconds < 20 && growth < 2 : null,
    notes:
      `POST /api/v1/leads/imports: ${full.csvMb} MB of CSV (name, company, e-mail, phone) in ` +
      `${full.files} file(s) of at most ${MAX_PROSPECT_ROWS.toLocaleString('en')} rows (the ` +
      `product refuses more per import: "split the file"), imported one after another, each one ` +
      `transaction; one run (a second run of the same rows would be duplicates). ` +
      `Peak RSS growth of the process (server and client in one process) during an import: ` +
      `+${full.peakGrowthMb} MB at most for ${rows.toLocaleString('en')} rows, ` +
      `+${small.peakGrowthMb} MB for ${(rows / 10).toLocaleString('en')} rows ` +
      `(${round(small.seconds)} s): "constant memory" is judged met when the larger import's ` +
      `peak grows less than twice the smaller one's. Contacts have no CSV ` +
      `importer, so the prospect import stands in for DESIGN.md's "100k contacts". Floor: the ` +
      `same leads, first-touch tasks and events written by COPY and the rollup by one upsert, in ` +
      `one transaction.`,
    details: { full, small },
  };
}
