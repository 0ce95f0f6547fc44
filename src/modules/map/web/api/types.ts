import type { RequestBody, ResponseBody } from '../../../../kernel/web/lib/api-client.ts';
import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

// The map module's shapes, as the generated schema has them.

export type ProcessMap = components['schemas']['ProcessMap'];
export type ProcessGroup = components['schemas']['ProcessGroup'];
export type GroupKind = ProcessGroup['kind'];
export type GroupBody = RequestBody<'/api/v1/process-map/groups', 'post'>;

export type Lamp = components['schemas']['Lamp'];
export type LampPosition = Lamp['position'];
export type LampBody = RequestBody<'/api/v1/lamps', 'post'>;
export type LampChanges = RequestBody<'/api/v1/lamps/{id}', 'patch'>;
export type LampReading = components['schemas']['LampReading'];
export type LampStatus = LampReading['status'];
export type Thresholds = components['schemas']['Thresholds'];
export type MetricPreview = ResponseBody<'/api/v1/metrics/preview', 'post'>;

/** What a lamp counted in a week: deals, leads and activities (a ratio: its numerator). */
export type Drilldown = components['schemas']['LampDrilldown'];
export type DrilldownItem = Drilldown['items'][number];
