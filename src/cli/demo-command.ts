import { DEMO_PASSWORD } from '../modules/demo/index.ts';
import type { DemoSize } from '../modules/demo/index.ts';
import { findDemoSignIns, runDemo, type DemoResult } from '../modules/demo/index.ts';
import { hashPassword, verifyPassword } from '../modules/identity/index.ts';
import type { Runner } from '../kernel/app/runner.ts';
import { loadConfig, type ConfigFlags } from '../kernel/config.ts';
import type { Database } from '../kernel/db/connection.ts';
import type { Locale } from '../contract/roles.ts';
import { describeDatabase, openConfiguredDatabase } from './open-database.ts';
import { progressBar } from './progress-bar.ts';
import { serverReactions } from '../server/modules.ts';

export interface DemoFlags {
  seed: number;
  size: DemoSize;
  locale: Locale;
}

/**
 * Builds the demo company with a progress bar (and tells `onProgress`, the starting page, too);
 * every demo person signs in with DEMO_PASSWORD.
 */
export async function buildDemo(
  database: Database,
  flags: DemoFlags,
  onProgress?: (done: number, total: number) => void,
): Promise<DemoResult> {
  // scrypt is slow on purpose: one hash, shared by every demo person.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const bar = progressBar(`Building the demo company (${flags.size})`);
  try {
    return await runDemo(database, {
      ...flags,
      now: new Date(),
      passwordHash,
      reactions: serverReactions,
      onProgress: (done, total) => {
        bar.update(done, total);
        onProgress?.(done, total);
      },
    });
  } finally {
    bar.finish();
  }
}

export function demoLogin(result: DemoResult): string {
  return signInLine(result.adminEmail);
}

function signInLine(email: string, workspaceName?: string): string {
  const where = workspaceName ? ` to "${workspaceName}"` : '';
  return `Demo login${where}: ${email} / ${DEMO_PASSWORD}  (head of sales; every demo person has the same password)`;
}

/**
 * The sign-in of every demo company still there, for the lines printed at each start: only
 * while its head of sales is an active admin and the demo password still opens the account.
 */
export async function demoSignIns(runner: Runner): Promise<string[]> {
  const found = await runner.runPublic(findDemoSignIns, undefined);
  const lines: string[] = [];
  for (const signIn of found) {
    if (signIn.passwordHash && (await verifyPassword(DEMO_PASSWORD, signIn.passwordHash)))
      lines.push(signInLine(signIn.email, signIn.workspaceName));
  }
  return lines;
}

export async function demoCommand(flags: ConfigFlags & DemoFlags): Promise<void> {
  const config = loadConfig(flags);
  const database = await openConfiguredDatabase(config);
  try {
    const started = Date.now();
    const result = await buildDemo(database, flags);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Demo company ready in ${describeDatabase(config)}: ${result.deals} deals, ${result.leads} leads, ${result.steps} steps in ${seconds}s.`,
    );
    console.log(demoLogin(result));
  } finally {
    await database.close();
  }
}
