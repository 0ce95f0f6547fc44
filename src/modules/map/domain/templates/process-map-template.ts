import type { Locale } from '../../../../contract/roles.ts';
import { b2bClassicMap } from './b2b-classic-map.ts';
import { emptyMap } from './empty-map.ts';
import { endToEndMap } from './end-to-end-map.ts';
import type { MapTemplate } from './process-map-shape.ts';
import type { Template } from '../../../../contract/templates.ts';

/** The process map a new workspace starts with, in the workspace's language. */
export function processMapTemplate(template: Template, locale: Locale): MapTemplate {
  switch (template) {
    case 'b2b-classic':
      return b2bClassicMap(locale);
    case 'end-to-end':
      return endToEndMap(locale);
    case 'empty':
      return emptyMap(locale);
  }
}
