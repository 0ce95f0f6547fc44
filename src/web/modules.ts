// The web app's one registry of feature modules: their pages, menu entries and settings tabs.
import { accountsWeb } from '../modules/accounts/web/index.ts';
import { analyticsWeb } from '../modules/analytics/web/index.ts';
import { auditWeb } from '../modules/audit/web/index.ts';
import { catalogueWeb } from '../modules/catalogue/web/index.ts';
import { conveyorWeb } from '../modules/conveyor/web/index.ts';
import { identityWeb } from '../modules/identity/web/index.ts';
import { leadsWeb } from '../modules/leads/web/index.ts';
import { mapWeb } from '../modules/map/web/index.ts';
import { onboardingWeb } from '../modules/onboarding/web/index.ts';

export const webModules = [
  identityWeb,
  accountsWeb,
  conveyorWeb,
  catalogueWeb,
  leadsWeb,
  mapWeb,
  analyticsWeb,
  auditWeb,
  onboardingWeb,
] as const;
