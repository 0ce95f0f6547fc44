// Global search (issue 17 item 4, ADR 031) on the scale data: GET /search over HTTP, one request
// at a time, for a mix of what people type (a deal's title, a company's name, a surname, an
// e-mail, a phone number in another format, the first letters of a name), beside its floor —
// the same statements in a transaction on a plain pg client (no HTTP, authentication or runner).
// Budget (issue 17): p95 < 50 ms at 1M deals.
//
// The scale data has no companies or contacts, so this adds them first — companies named from a
// word list, contacts with common first names and surnames (a surname matches ~2 % of them) —
// and gives every deal a company, so "a deal found by its company" reads real joins. It changes
// the data: it runs after the other scale benches.
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Db } from '../src/kernel/db/connection.ts';
import { EVERY_OWNER } from '../src/kernel/db/owner-filter.ts';
import { SHORT_QUERY, type SearchTerms } from '../src/kernel/db/search-sql.ts';
import { phoneSearchKey } from '../src/modules/accounts/index.ts';
import { searchRecords } from '../src/modules/search/db/search-repo.ts';
import type { SearchContribution } from '../src/kernel/db/search-sql.ts';
import {
  likePatterns,
  normaliseQuery,
  isWholeEmail,
  prefixWords,
  wordMatch,
} from '../src/modules/search/domain/search-query.ts';
import { serverModules } from '../src/server/modules.ts';
import type { BenchResult } from './report.ts';
import type { ScaleData } from './scale-data.ts';
import type { BenchServer } from './setup.ts';
import { median, p95, round } from './stats.ts';

const WARMUP = 1;
const FIRST = ['Jan', 'Anna', 'Piotr', 'Maria', 'Tomasz', 'Ewa', 'Olga', 'Ivan', 'Lena', 'Marek'];
const SURNAMES = ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Krawczyk', 'Piotrowski', 'Grabowski', 'Pawłowski', 'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Nowicki', 'Majewski', 'Olszewski', 'Stępień', 'Malinowski', 'Jaworski', 'Adamczyk', 'Dudek', 'Nowakowski', 'Pawlak', 'Górski', 'Witkowski', 'Walczak', 'Sikora', 'Baran', 'Rutkowski', 'Michalak', 'Szewczyk', 'Ostrowski', 'Tomaszewski', 'Pietrzak', 'Marciniak', 'Wróblewski', 'Zalewski', 'Jakubowski', 'Jasiński', 'Zawadzki', 'Sadowski']; // prettier-ignore
const PLACES = ['Baltic', 'Vistula', 'Tatra', 'Mazovia', 'Silesia', 'Pomerania', 'Warta', 'Oder', 'Carpathian', 'Kashubian', 'Masurian', 'Podlasie', 'Lublin', 'Poznań', 'Gdańsk', 'Kraków', 'Wrocław', 'Łódź', 'Toruń', 'Sopot']; // prettier-ignore
const TRADES = ['Logistics', 'Foods', 'Software', 'Steel', 'Textiles', 'Energy', 'Pharma', 'Furniture', 'Motors', 'Print', 'Glass', 'Timber', 'Dairy', 'Freight', 'Media', 'Optics', 'Plastics', 'Paper', 'Marine', 'Tools', 'Cables', 'Foundry', 'Brewery', 'Ceramics', 'Packaging']; // prettier-ignore

const sqlArray = (items: readonly string[]) =>
  `array[${items.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')}]`;

/** Companies (deals / 20) and contacts (deals / 10), and every deal given a company. */
async function addAccounts(client: pg.Client, data: ScaleData, log: (line: string) => void) {
  const companies = Math.max(1, Math.floor(data.deals / 20));
  const contacts = Math.max(1, Math.floor(data.deals / 10));
  const ws = data.workspaceId;
  const started = performance.now();
  await client.query(`set session_replication_role = replica`);
  await client.query(
    `insert into companies (workspace_id, id, name, email, phone, city)
     select $1, gen_random_uuid(),
       (${sqlArray(PLACES)})[1 + i % ${PLACES.length}] || ' ' ||
         (${sqlArray(TRADES)})[1 + (i / ${PLACES.length}) % ${TRADES.length}] || ' ' || i,
       'office' || i || '@company' || i || '.test', '+4822' || lpad(i::text, 7, '0'),
       (${sqlArray(PLACES)})[1 + (i / 7) % ${PLACES.length}]
     from generate_series(1, $2::int) as i`,
    [ws, companies],
  );
  await client.query(
    `create temp table bench_companies as
     select id, (row_number() over (order by id) - 1)::int as k from companies where workspace_id = $1`,
    [ws],
  );
  await client.query(`create index on bench_companies (k)`);
  await client.query(
    `insert into contacts (workspace_id, id, name, email, phone, company_id)
     select $1, gen_random_uuid(), f || ' ' || s,
       lower(f) || '.' || i || '@company' || (1 + i % $3::int) || '.test', '+4860' || lpad(i::text, 7, '0'),
       (select id from bench_companies where k = i % $3::int)
     from generate_series(1, $2::int) as i,
       lateral (select (${sqlArray(FIRST)})[1 + i % ${FIRST.length}] as f,
         (${sqlArray(SURNAMES)})[1 + (i / ${FIRST.length}) % ${SURNAMES.length}] as s) as n`,
    [ws, contacts, companies],
  );
  await client.query(
    `update deals d set company_id = c.id from bench_companies c
     where d.workspace_id = $1 and c.k = abs(hashtext(d.id::text)) % $2::int`,
    [ws, companies],
  );
  await client.query(`set session_replication_role = origin`);
  await client.query(`vacuum analyze deals, companies, contacts`);
  const seconds = Math.round(performance.now() - started) / 1000;
  log(`search: ${companies} companies, ${contacts} contacts, every deal linked, in ${seconds} s`);
  return { companies, contacts, seconds };
}

/** What people type, on this scale's data (every one finds something). */
function queries(data: ScaleData, companies: number): string[] {
  const deal = Math.floor(data.deals * 0.7346);
  const lead = Math.floor(data.leads * 0.4711);
  const company = Math.floor(companies * 0.37);
  const place = PLACES[company % PLACES.length]!;
  const trade = TRADES[Math.floor(company / PLACES.length) % TRADES.length]!;
  const phone = String(500_000_000 + lead);
  return [
    `Deal ${deal + 1}`, // a title, typed whole
    `deal ${String(deal + 1).slice(0, 3)}`, // a title's first digits: a broad prefix
    `${place} ${trade} ${company}`, // a company's whole name
    `${place.toLowerCase()} ${trade.toLowerCase()}`, // its words: companies, their deals, contacts
    'kowalski', // a surname shared by ~2 % of contacts
    'Anna Nowak', // a person
    `prospect${lead + 1}@scale.test`, // a lead's e-mail
    `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6)}`, // its phone, as people write it
    'an', // two letters: names that start with them
    `Prospect ${lead + 1}`,
  ];
}

/** The terms the use case builds (an admin's search: every owner). */
function termsOf(q: string, workspaceId: string, country: string | null): SearchTerms {
  const text = normaliseQuery(q);
  return {
    workspaceId,
    text,
    ...likePatterns(text),
    words: prefixWords(text),
    wordMatch: wordMatch(text),
    wholeEmail: isWholeEmail(text),
    phone: phoneSearchKey(text, country),
    visible: EVERY_OWNER,
    limit: 20,
    short: text.length < SHORT_QUERY,
  };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** The tables a plan reads whole (a Seq Scan): at scale, each is a missing or unused index. */
function seqScans(node: PlanNode, found: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan') found.push(node['Relation Name'] ?? '?');
  for (const child of node.Plans ?? []) seqScans(child, found);
  return found;
}

/** The statement's plan as executed: planning and execution times, the tables it read whole. */
async function planOf(client: pg.Client, parts: SearchContribution[], terms: SearchTerms) {
  await client.query('begin');
  await client.query('set local max_parallel_workers_per_gather = 0');
  const selects = parts.map((part) => sql`(${part.select(terms)})`);
  const query = new PgDialect().sqlToQuery(
    sql`explain (analyze, format json) select * from (${sql.join(selects, sql` union all `)}) as r
      order by rank desc limit ${terms.limit}`,
  );
  const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }] }>(query.sql, query.params); // prettier-ignore
  await client.query('commit');
  const [plan] = rows[0]!['QUERY PLAN'];
  return {
    planningMs: round(plan['Planning Time']),
    executionMs: round(plan['Execution Time']),
    seqScans: seqScans(plan.Plan),
  };
}

export async function searchBench(
  server: BenchServer,
  url: string,
  data: ScaleData,
  rounds: number,
  log: (line: string) => void,
): Promise<BenchResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const accounts = await addAccounts(client, data, log);
    const asked = queries(data, accounts.companies);
    const parts = serverModules.flatMap((module) => module.search ?? []);
    const db = drizzle(client) as unknown as Db;
    const app: number[] = [];
    const floor: number[] = [];
    const perQuery: Record<string, { app: number[]; floor: number[]; found: number }> = {};
    for (const q of asked) perQuery[q] = { app: [], floor: [], found: 0 };
    for (let round = 0; round < rounds + WARMUP; round++) {
      for (const q of asked) {
        const path = `/api/v1/search?q=${encodeURIComponent(q)}`;
        let started = performance.now();
        const response = await fetch(`${server.baseUrl}${path}`, {
          headers: { authorization: `Bearer ${data.token}` },
        });
        const body = (await response.json()) as { items?: unknown[] };
        const appMs = performance.now() - started;
        if (!response.ok)
          throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(body)}`);
        if (!body.items?.length) throw new Error(`GET ${path} found nothing`);
        started = performance.now();
        // In a transaction, as the route's: the repository's `set local` holds for it alone.
        await client.query('begin');
        await searchRecords(db, parts, termsOf(q, data.workspaceId, 'PL'));
        await client.query('commit');
        const floorMs = performance.now() - started;
        if (round < WARMUP) continue;
        app.push(appMs);
        floor.push(floorMs);
        perQuery[q]!.app.push(appMs);
        perQuery[q]!.floor.push(floorMs);
        perQuery[q]!.found = body.items.length;
      }
    }
    const byQuery: Record<string, Record<string, unknown>> = {};
    for (const [q, s] of Object.entries(perQuery)) {
      const plan = await planOf(client, parts, termsOf(q, data.workspaceId, 'PL'));
      byQuery[q] = { found: s.found, median: round(median(s.app)), p95: round(p95(s.app)), floorMedian: round(median(s.floor)), plan }; // prettier-ignore
      log(
        `search "${q}": ${s.found} found, median ${round(median(s.app))} ms, p95 ${round(p95(s.app))} ms ` +
          `(floor ${round(median(s.floor))} ms; planning ${plan.planningMs} ms, execution ${plan.executionMs} ms, seq scans: ${plan.seqScans.join(', ') || 'none'})`,
      );
    }
    const appP95 = p95(app);
    return {
      name: `search-${data.deals}`,
      title: `search, ${data.deals.toLocaleString('en')} deals (PostgreSQL)`,
      unit: 'ms',
      median: round(median(app)),
      p95: round(appP95),
      floor: round(median(floor)),
      ratio: round(median(app) / median(floor)),
      budget: 'p95 < 50 ms at 1M deals (issue 17)',
      met: data.deals >= 1_000_000 ? appP95 < 50 : null,
      notes:
        `GET /search?q=… (limit 20, every kind) for ${asked.length} queries × ${rounds} rounds after ` +
        `${WARMUP} warm-up, one request at a time, as the admin (no record narrowing); ` +
        `${accounts.companies.toLocaleString('en')} companies and ${accounts.contacts.toLocaleString('en')} ` +
        `contacts added, every deal given a company; ${data.leads.toLocaleString('en')} leads. ` +
        'Floor: the same statements (the no-parallel `set local`, then the composed select) in a ' +
        'transaction on a plain pg client.',
      details: { appMs: app, floorMs: floor, byQuery, accountsSeconds: accounts.seconds },
    };
  } finally {
    await client.end();
  }
}
