// The public surface of the map module: the only file other modules may import.
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { processMapRoutes } from './http/process-map.routes.ts';
import { lampsRoutes } from './http/lamps.routes.ts';
import { drawWorkspaceMap } from './app/apply-map-template.ts';
import { forgetMediansOnTimezoneChange } from './app/forget-stored-medians.ts';

export { getProcessMap } from './app/get-process-map.ts';
export { readLampReadings } from './app/read-lamp-readings.ts';
export { recordLampReading } from './app/record-lamp-reading.ts';
export { snapshotLampReadings } from './app/snapshot-lamp-readings.ts';
export { updateLamp } from './app/update-lamp.ts';
export { updateProcessGroup } from './app/update-process-group.ts';
export { stuckCondition, withoutNextActivity } from './db/metrics/state-now.ts';
export { allOf, teamOwners } from './db/metrics/where-sql.ts';
export { lampStatus } from './domain/metrics/lamp-status.ts';
export { type Thresholds } from './domain/metrics/thresholds.ts';
import { startLampSnapshots } from './jobs/lamp-snapshots.ts';

/** What the map module gives the server (listed in src/server/modules.ts). */
export const mapModule: ServerModule = {
  name: 'map',
  routes: [processMapRoutes, lampsRoutes],
  reactions: {
    'workspace.created': [drawWorkspaceMap],
    'workspace.timezone_changed': [forgetMediansOnTimezoneChange],
  },
  jobs: [startLampSnapshots],
};
