import type { AnyRoute } from '@tanstack/react-router';
import type { Role } from '../../../contract/roles.ts';
import type { DealSection } from './deal-sections.tsx';

/** An entry of the main menu or of the settings tabs, declared by the module that owns the page. */
export interface NavEntry {
  /** The page's path. */
  to: string;
  /** Translation key of its label. */
  label: string;
  /** Position among the entries (the shell sorts by it, so modules need not know each other). */
  order: number;
  /** Who sees it; everyone when absent (the API refuses others anyway). */
  roles?: readonly Role[];
}

/**
 * What a feature module gives the web app, declared once in its web/index.ts and listed once in
 * src/web/modules.ts: its pages (routes under the frames of ./frames.ts) and its menu entries.
 */
export interface WebModule {
  name: string;
  /** Pages outside the signed-in frame (set-up, sign-in). */
  entryPages?: readonly AnyRoute[];
  /** Pages under the signed-in frame. */
  pages?: readonly AnyRoute[];
  /** Pages under the settings frame. */
  settings?: readonly AnyRoute[];
  nav?: readonly NavEntry[];
  settingsTabs?: readonly NavEntry[];
  /** Sections of the deal card (./deal-sections.tsx). */
  dealSections?: readonly DealSection[];
}

/** The entries a person in `role` sees, in their declared order. */
export function visibleEntries(entries: readonly NavEntry[], role: Role): NavEntry[] {
  return entries
    .filter((entry) => !entry.roles || entry.roles.includes(role))
    .sort((a, b) => a.order - b.order);
}

/** The routes of one kind (pages, settings …) of every module, keeping each route's own type. */
type RoutesOf<M, K extends 'entryPages' | 'pages' | 'settings'> = M extends {
  [key in K]: ReadonlyArray<infer R>;
}
  ? R
  : never;

/** Every module's routes of one kind, in the modules' order, for the shell's route tree. */
export function routesOf<
  const M extends ReadonlyArray<WebModule>,
  K extends 'entryPages' | 'pages' | 'settings',
>(modules: M, kind: K): Array<RoutesOf<M[number], K>> {
  return modules.flatMap((module) => (module[kind] ?? []) as ReadonlyArray<RoutesOf<M[number], K>>);
}
