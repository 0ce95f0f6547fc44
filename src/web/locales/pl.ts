/// <reference types="vite/client" />
// This language's strings for the shell and the board: one file of the build, loaded before the
// first render. The rest (`pl-rest.ts`) loads with any other page (see languages.ts).
import type { Tree } from './resources.ts';

export const files = import.meta.glob<Tree>(
  [
    '../../kernel/web/locales/pl/*.json',
    '../../modules/conveyor/locales/pl/{activityTypes,board,boardTotals,cardMarkers,shortcuts}.json',
    '../../modules/identity/locales/pl/{invitations,roles,token}.json',
    '../../modules/{search,onboarding}/locales/pl/*.json',
  ],
  { eager: true, import: 'default' },
);
