/// <reference types="vite/client" />
// This language's strings that the shell and the board do not draw (those are in `pl.ts`).
import type { Tree } from './resources.ts';

export const files = import.meta.glob<Tree>(
  [
    '../../modules/*/locales/pl/*.json',
    '!../../modules/conveyor/locales/pl/{activityTypes,board,boardTotals,cardMarkers,shortcuts}.json',
    '!../../modules/identity/locales/pl/{invitations,roles,token}.json',
    '!../../modules/{search,onboarding}/locales/pl/*.json',
  ],
  { eager: true, import: 'default' },
);
