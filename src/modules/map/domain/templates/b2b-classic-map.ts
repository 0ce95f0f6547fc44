// "B2B classic" process map: the groups of seed 000, top to bottom, each with its result,
// processes and three lamps, in the workspace's language.
import type { Locale } from '../../../../contract/roles.ts';
import { B2B_CLASSIC_MAP_SHAPE } from './b2b-classic-map-shape.ts';
import { B2B_CLASSIC_MAP_EN } from './b2b-classic-map.en.ts';
import { B2B_CLASSIC_MAP_PL } from './b2b-classic-map.pl.ts';
import { B2B_CLASSIC_MAP_RU } from './b2b-classic-map.ru.ts';
import { assembleMap } from './process-map-assembly.ts';
import { mapVersionName } from './process-map-names.ts';
import type { MapTemplate } from './process-map-shape.ts';

const TEXTS = { en: B2B_CLASSIC_MAP_EN, pl: B2B_CLASSIC_MAP_PL, ru: B2B_CLASSIC_MAP_RU };

export function b2bClassicMap(locale: Locale): MapTemplate {
  return assembleMap(mapVersionName(locale), B2B_CLASSIC_MAP_SHAPE, TEXTS[locale]);
}
