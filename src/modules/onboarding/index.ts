// The public surface of the onboarding module: the only file other modules may import.
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { firstStepsRoutes } from './http/first-steps.routes.ts';

export { dismissFirstSteps } from './app/dismiss-first-steps.ts';

/** What the onboarding module gives the server (listed in src/server/modules.ts). */
export const onboardingModule: ServerModule = {
  name: 'onboarding',
  routes: [firstStepsRoutes],
};
