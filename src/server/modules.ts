// The server's one registry of feature modules. A module is listed after every module it
// depends on (eslint.config.js declares that graph), so reactions run in that order too: a new
// workspace gets its pipelines before the map whose lamps name them.
import { createReactions } from '../kernel/app/reactions.ts';
import type { ServerModule } from '../kernel/http/server-module.ts';
import { accountsModule } from '../modules/accounts/index.ts';
import { analyticsModule } from '../modules/analytics/index.ts';
import { auditModule } from '../modules/audit/index.ts';
import { catalogueModule } from '../modules/catalogue/index.ts';
import { conveyorModule } from '../modules/conveyor/index.ts';
import { identityModule } from '../modules/identity/index.ts';
import { leadsModule } from '../modules/leads/index.ts';
import { mapModule } from '../modules/map/index.ts';
import { onboardingModule } from '../modules/onboarding/index.ts';
import { searchModule } from '../modules/search/index.ts';

export const serverModules: ReadonlyArray<ServerModule> = [
  identityModule,
  accountsModule,
  conveyorModule,
  catalogueModule,
  leadsModule,
  mapModule,
  analyticsModule,
  auditModule,
  searchModule,
  onboardingModule,
];

/** The reactions of a list of modules, in its order. */
export function reactionsOf(modules: ReadonlyArray<ServerModule>) {
  return createReactions(modules.flatMap((module) => (module.reactions ? [module.reactions] : [])));
}

/** Every module's reactions, for the runner (and for code that opens a transaction itself). */
export const serverReactions = reactionsOf(serverModules);
