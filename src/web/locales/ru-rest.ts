/// <reference types="vite/client" />
// This language's strings that the shell and the board do not draw (those are in `ru.ts`).
import type { Tree } from './resources.ts';

export const files = import.meta.glob<Tree>(
  [
    '../../modules/*/locales/ru/*.json',
    '!../../modules/conveyor/locales/ru/{activityTypes,board,boardTotals,cardMarkers,shortcuts}.json',
    '!../../modules/identity/locales/ru/{invitations,roles,token}.json',
    '!../../modules/{search,onboarding}/locales/ru/*.json',
  ],
  { eager: true, import: 'default' },
);
