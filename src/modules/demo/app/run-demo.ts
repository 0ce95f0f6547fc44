// Builds the demo company: plans two years of it, then lives them step by step through the use
// cases with a simulated clock, so every gate, event, rollup and lamp reading is real.
import type { Database, Db } from '../../../kernel/db/connection.ts';
import { deferEventsOn, flushDeferredEvents } from '../../../kernel/db/events/append-events.ts';
import { cacheReadsOn } from '../../../kernel/db/read-cache.ts';
import { deferAuditOn, flushDeferredAudit } from '../../../kernel/db/audit/append-audit.ts';
import { isoWeekOf } from '../../../kernel/domain/iso-week.ts';
import type { Clock } from '../../../kernel/app/context.ts';
import { getProcessMap } from '../../map/index.ts';
import { dismissFirstSteps } from '../../onboarding/index.ts';
import { recordLampReading } from '../../map/index.ts';
import { snapshotLampReadings } from '../../map/index.ts';
import { createRunner, type Runner } from '../../../kernel/app/runner.ts';
import { HOUR } from './demo-calendar.ts';
import { sizeLampTargets } from './demo-lamp-targets.ts';
import { assignGroupOwners } from './demo-map-owners.ts';
import { valueFor, weekStatus, withMoods, type ManualLamp } from './demo-lamps.ts';
import { planDemo, type DemoPlanOptions } from './demo-plan.ts';
import { setUpDemo, type DemoWorld } from './demo-setup.ts';
import { demoStepRunner } from './demo-step-runner.ts';
import { seededRandom, type Random } from './prng.ts';
import type { Reactions } from '../../../kernel/app/reactions.ts';

export interface DemoOptions extends DemoPlanOptions {
  /** The hash of the demo password, made once by the caller and shared by all demo people. */
  passwordHash: string;
  /** The modules' reactions (src/server/modules.ts): the demo runs the real use cases. */
  reactions: Reactions;
  onProgress?: (done: number, total: number) => void;
  /**
   * The batches' memo of repeated reads and bulk writing of events and audit entries (default
   * on). Off, every use case reads and writes as over HTTP: a test builds both ways and
   * compares the results.
   */
  shortcuts?: boolean;
}

export interface DemoResult {
  workspaceId: string;
  adminEmail: string;
  deals: number;
  leads: number;
  steps: number;
}

/** A clock the demo moves forward; every use case reads the simulated moment from it. */
export class SimulatedClock implements Clock {
  constructor(private at: number) {}
  now(): Date {
    return new Date(this.at);
  }
  set(at: number): void {
    this.at = at;
  }
}

export async function runDemo(database: Database, options: DemoOptions): Promise<DemoResult> {
  const plan = planDemo(options);
  const clock = new SimulatedClock(plan.start - 2 * HOUR);
  const batch = batching(database, options.shortcuts ?? true);
  const runner = createRunner(batch.database, clock, options.reactions);
  const world = await setUpDemo(runner, plan, options.passwordHash, options.locale);
  const manual = await manualLamps(runner, world);
  const lampRandom = seededRandom(options.seed).fork('lamps');
  const runStep = await demoStepRunner(runner, plan, world);
  const total = plan.steps.length;
  // The steps hold every phase in time order: leads (demo-leads-plan.ts), deals, touches.
  for (let first = 0; first < total; first += BATCH) {
    await batch.run(async () => {
      for (let i = first; i < Math.min(first + BATCH, total); i++) {
        const step = plan.steps[i]!;
        clock.set(step.at);
        if (step.do === 'weekEnd') await weekEnd(runner, world, manual, lampRandom, step.at);
        else await runStep(step, clock.now());
      }
    });
    options.onProgress?.(Math.min(first + BATCH, total), total);
  }
  // This week's hand-entered values too, so the map shows a full set of colours today.
  clock.set(plan.end);
  await recordManual(
    runner,
    world,
    manual,
    lampRandom,
    isoWeekOf(clock.now(), world.timezone),
    true,
  );
  await sizeLampTargets(runner, world.actors[0]!, world.timezone);
  await assignGroupOwners(runner, world);
  // Two years in, the head of sales has long put the new workspace's first steps away.
  await runner.run(dismissFirstSteps, { dismissed: true }, world.actors[0]!);
  return {
    workspaceId: world.workspaceId,
    adminEmail: plan.people[0]!.email,
    deals: plan.deals.length,
    leads: plan.leads.length,
    steps: total,
  };
}

/**
 * Steps are committed in batches: each use case runs unchanged on the batch's transaction, which
 * saves a BEGIN and COMMIT per call (a demo is all or nothing anyway). The batch also memoises
 * the rows its use cases keep re-reading (read-cache.ts: the workspace, the pipeline, members,
 * companies, contacts, lamps; every write to them forgets) and writes its events and audit
 * entries in bulk (append-events.ts, append-audit.ts: flushed before anything reads the log and
 * at the end of the batch). A batch holds PGlite's one connection for about a second.
 */
const BATCH = 200;

function batching(database: Database, shortcuts: boolean) {
  let open: Db | null = null;
  const shared: Database = {
    ...database,
    transaction: (fn) => (open ? fn(open) : database.transaction(fn)),
  };
  return {
    database: shared,
    run: (work: () => Promise<void>) =>
      database.transaction(async (tx) => {
        open = tx;
        const stopCaching = shortcuts ? cacheReadsOn(tx) : () => {};
        if (shortcuts) {
          deferEventsOn(tx);
          deferAuditOn(tx);
        }
        try {
          await work();
          await flushDeferredEvents(tx, true);
          await flushDeferredAudit(tx, true);
        } finally {
          stopCaching();
          open = null;
        }
      }),
  };
}

async function manualLamps(runner: Runner, world: DemoWorld): Promise<ManualLamp[]> {
  const map = await runner.run(getProcessMap, {}, world.actors[0]!);
  const lamps = map.groups.flatMap((g) => g.lamps).filter((l) => 'manual' in l.metric);
  return withMoods(
    lamps.map((l) => ({ id: l.id, thresholds: l.thresholds, percent: l.name.endsWith('%') })),
  );
}

/** Monday night: store last week's state lamps and the manager's hand-entered values. */
async function weekEnd(
  runner: Runner,
  world: DemoWorld,
  manual: ManualLamp[],
  random: Random,
  at: number,
): Promise<void> {
  await runner.runPublic(snapshotLampReadings, { workspaceId: world.workspaceId });
  const lastWeek = isoWeekOf(new Date(at - 12 * HOUR), world.timezone);
  await recordManual(runner, world, manual, random, lastWeek, false);
}

async function recordManual(
  runner: Runner,
  world: DemoWorld,
  manual: ManualLamp[],
  random: Random,
  week: string,
  current: boolean,
): Promise<void> {
  for (const lamp of manual) {
    const status = weekStatus(random, lamp, current);
    const value = valueFor(random, lamp.thresholds, status, lamp.percent ? 100 : undefined);
    await runner.run(recordLampReading, { lampId: lamp.id, week, value }, world.actors[0]!);
  }
}
