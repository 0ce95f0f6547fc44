/// <reference types="vite/client" />
// This language's strings that the shell and the board do not draw (those are in `en.ts`).
import type { Tree } from './resources.ts';

export const files = import.meta.glob<Tree>(
  [
    '../../modules/*/locales/en/*.json',
    '!../../modules/conveyor/locales/en/{activityTypes,board,boardTotals,cardMarkers,shortcuts}.json',
    '!../../modules/identity/locales/en/{invitations,roles,token}.json',
    '!../../modules/{search,onboarding}/locales/en/*.json',
  ],
  { eager: true, import: 'default' },
);
