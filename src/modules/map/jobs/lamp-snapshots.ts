import { listWorkspaceIds } from '../app/list-workspace-ids.ts';
import { snapshotLampReadings } from '../app/snapshot-lamp-readings.ts';
import { storeLampMedians } from '../app/store-lamp-medians.ts';
import type { Runner } from '../../../kernel/app/runner.ts';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Stores last week's readings of state lamps in every workspace, and the closed weeks' medians
 * the dashboard reads; returns how many state readings were stored.
 */
export async function snapshotAllWorkspaces(runner: Runner): Promise<number> {
  let stored = 0;
  for (const workspaceId of await runner.runPublic(listWorkspaceIds, {})) {
    stored += await runner.runPublic(snapshotLampReadings, { workspaceId });
    await runner.runPublic(storeLampMedians, { workspaceId });
  }
  return stored;
}

/**
 * Runs the snapshot at start-up and then hourly, so a week's state readings are stored within
 * an hour of the week's end in every time zone. Idempotent (a stored reading is kept), so
 * several app instances on one PostgreSQL may all run it.
 */
export function startLampSnapshots(
  runner: Runner,
  onError: (error: unknown) => void,
  intervalMs = HOUR_MS,
): () => void {
  const tick = () => void snapshotAllWorkspaces(runner).catch(onError);
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
