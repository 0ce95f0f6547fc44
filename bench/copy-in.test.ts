import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBenchDatabase, type BenchDatabase } from './setup.ts';
import { copyIn } from './copy-in.ts';

// Needs a PostgreSQL server: TEST_DATABASE_URL (its own database is created and dropped).
const base = process.env.TEST_DATABASE_URL;

describe.skipIf(!base)('COPY FROM STDIN on a plain pg client', () => {
  let bench: BenchDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    bench = await createBenchDatabase(base!);
    client = new pg.Client({ connectionString: bench.url });
    await client.connect();
    await client.query('create table t (n int primary key, label text, at timestamptz)');
  });

  afterAll(async () => {
    await client?.end();
    await bench?.drop();
  });

  it('writes every row of every chunk, then the client answers queries again', async () => {
    let n = 0;
    const next = () => {
      if (n >= 100_000) return null;
      let text = '';
      for (const end = n + 7_000; n < end && n < 100_000; n++) text += `${n}\trow ${n}\t\\N\n`;
      return text;
    };
    expect(await copyIn(client, 't', ['n', 'label', 'at'], next)).toBe(100_000);
    const { rows } = await client.query('select count(*)::int as c, max(label) as m from t');
    expect(rows[0]).toEqual({ c: 100_000, m: 'row 99999' });
  });

  it('rejects when the server refuses a row, and leaves the client usable', async () => {
    let sent = false;
    const next = () => (sent ? null : ((sent = true), '1\tduplicate\t\\N\n'));
    await expect(copyIn(client, 't', ['n', 'label', 'at'], next)).rejects.toThrow(/duplicate key/);
    const { rows } = await client.query('select count(*)::int as c from t');
    expect(rows[0]).toEqual({ c: 100_000 });
  });
});
