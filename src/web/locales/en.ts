/// <reference types="vite/client" />
// This language's strings for the shell and the board: one file of the build, loaded before the
// first render. The rest (`en-rest.ts`) loads with any other page (see languages.ts).
import type { Tree } from './resources.ts';

export const files = import.meta.glob<Tree>(
  [
    '../../kernel/web/locales/en/*.json',
    '../../modules/conveyor/locales/en/{activityTypes,board,boardTotals,cardMarkers,shortcuts}.json',
    '../../modules/identity/locales/en/{invitations,roles,token}.json',
    '../../modules/{search,onboarding}/locales/en/*.json',
  ],
  { eager: true, import: 'default' },
);
