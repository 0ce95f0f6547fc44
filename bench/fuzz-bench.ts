// The schema-driven fuzzer at bench scale (issue 16, item 4; ADR 027): the same test as `npm
// test` runs (src/server/fuzz.test.ts), with 100,000 generated requests per database instead of
// 20,000, on PGlite and on PostgreSQL (the test harness makes its own database from the URL).
// Runs Vitest in a child process and reads the line each database prints.
import { spawn } from 'node:child_process';
import type { BenchResult } from './report.ts';

/** Vitest's output without its colours. */
// eslint-disable-next-line no-control-regex -- the escape character is what is removed
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

const REQUESTS = Number(process.env.BENCH_FUZZ_REQUESTS ?? 100_000);
const SUMMARY =
  /\[fuzz (\w+)\] seed (\d+): requests sent (\d+) \((\d+) generated.*?5xx = (\d+), non-problem 4xx = (\d+), failed requests that changed data = (\d+); (\d+) fingerprints \([^)]*\), ([\d.]+) s/;

function runVitest(
  databaseUrl: string,
  log: (line: string) => void,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', 'src/server/fuzz.test.ts'],
      {
        env: { ...process.env, FUZZ_REQUESTS: String(REQUESTS), TEST_DATABASE_URL: databaseUrl },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of plain(chunk.toString()).split('\n')) {
        if (line.includes('[fuzz ')) log(line.trim());
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

export async function fuzzBench(
  adminUrl: string,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const { code, output } = await runVitest(adminUrl, log);
  const results: BenchResult[] = [];
  for (const line of plain(output).split('\n')) {
    const found = SUMMARY.exec(line);
    if (!found) continue;
    const [
      ,
      database,
      seed,
      sent,
      generated,
      serverErrors,
      nonProblem,
      changed,
      fingerprints,
      seconds,
    ] = found;
    const clean = serverErrors === '0' && nonProblem === '0' && changed === '0';
    const rate = Math.round(Number(sent) / Number(seconds));
    results.push({
      name: `fuzz-${database}`,
      title: `Schema-driven fuzzing (${database})`,
      unit: 'req/s',
      median: rate,
      p95: null,
      floor: rate,
      ratio: 1,
      budget: `≥ ${REQUESTS.toLocaleString('en')} requests, 5xx = 0, non-problem 4xx = 0, changed data = 0`,
      met: clean && Number(generated) >= REQUESTS,
      notes:
        `${sent} requests sent (${generated} generated, seed ${seed}) in ${seconds} s, ${fingerprints} ` +
        `fingerprints; 5xx ${serverErrors}, non-problem 4xx ${nonProblem}, failed requests that changed data ${changed}.`,
      details: {
        seed: Number(seed),
        sent: Number(sent),
        generated: Number(generated),
        seconds: Number(seconds),
      },
    });
  }
  if (code !== 0 || results.length < 2) {
    throw new Error(`the fuzz test failed (exit ${code}):\n${output.slice(-4_000)}`);
  }
  return results;
}
