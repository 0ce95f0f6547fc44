/// <reference types="vite/client" />
// This language's strings for the shell and the board: one file of the build, loaded before the
// first render. The rest (`ru-rest.ts`) loads with any other page (see languages.ts).
import type { Tree } from './resources.ts';

export const files = import.meta.glob<Tree>(
  [
    '../../kernel/web/locales/ru/*.json',
    '../../modules/conveyor/locales/ru/{activityTypes,board,boardTotals,cardMarkers,shortcuts}.json',
    '../../modules/identity/locales/ru/{invitations,roles,token}.json',
    '../../modules/{search,onboarding}/locales/ru/*.json',
  ],
  { eager: true, import: 'default' },
);
