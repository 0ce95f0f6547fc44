import type { Locale } from '../../../../contract/roles.ts';
import { mapVersionName } from './process-map-names.ts';
import type { MapTemplate } from './process-map-shape.ts';

/** The "empty" template's map: a named first version with no groups, for the team to draw. */
export function emptyMap(locale: Locale): MapTemplate {
  return { versionName: mapVersionName(locale), groups: [] };
}
