// "End-to-end" process map: the conveyor of seed 001 from lead generation to key accounts,
// managed by the head of sales, in the workspace's language.
import type { Locale } from '../../../../contract/roles.ts';
import { END_TO_END_MAP_SHAPE } from './end-to-end-map-shape.ts';
import { END_TO_END_MAP_EN } from './end-to-end-map.en.ts';
import { END_TO_END_MAP_PL } from './end-to-end-map.pl.ts';
import { END_TO_END_MAP_RU } from './end-to-end-map.ru.ts';
import { assembleMap } from './process-map-assembly.ts';
import { mapVersionName } from './process-map-names.ts';
import type { MapTemplate } from './process-map-shape.ts';

const TEXTS = { en: END_TO_END_MAP_EN, pl: END_TO_END_MAP_PL, ru: END_TO_END_MAP_RU };

export function endToEndMap(locale: Locale): MapTemplate {
  return assembleMap(mapVersionName(locale), END_TO_END_MAP_SHAPE, TEXTS[locale]);
}
