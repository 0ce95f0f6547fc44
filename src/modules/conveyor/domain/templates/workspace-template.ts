import type { Locale } from '../../../../contract/roles.ts';
import { b2bClassic } from './b2b-classic.ts';
import { endToEnd } from './end-to-end.ts';
import type { WorkspaceTemplate } from './template-shape.ts';
import type { Template } from '../../../../contract/templates.ts';

/** The pipelines and loss reasons a new workspace starts with, in the workspace's language. */
export function workspaceTemplate(template: Template, locale: Locale): WorkspaceTemplate {
  switch (template) {
    case 'b2b-classic':
      return b2bClassic(locale);
    case 'end-to-end':
      return endToEnd(locale);
    case 'empty':
      return { pipelines: [], lostReasons: [] };
  }
}
