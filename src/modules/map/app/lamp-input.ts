import type { Db } from '../../../kernel/db/connection.ts';
import { findGroup } from '../db/process-map-repo.ts';
import { validationError } from '../../../kernel/domain/errors.ts';
import { parseMetric, type Metric } from '../domain/metrics/metric.ts';
import { parseThresholds, type Thresholds } from '../domain/metrics/thresholds.ts';
import type { LampPosition } from '../../../contract/map.ts';

export interface LampInput {
  groupId: string;
  position: LampPosition;
  name: string;
  metric: unknown;
  thresholds: unknown;
}

/** Metric and thresholds validated by the domain: 422 invalid_metric names every problem. */
export function checkedLampParts(input: { metric: unknown; thresholds: unknown }): {
  metric: Metric;
  thresholds: Thresholds;
} {
  return { metric: parseMetric(input.metric), thresholds: parseThresholds(input.thresholds) };
}

export async function assertGroupExists(tx: Db, workspaceId: string, groupId: string) {
  if (!(await findGroup(tx, workspaceId, groupId))) {
    throw validationError([{ path: 'groupId', message: 'No such process group on this map' }]);
  }
}
