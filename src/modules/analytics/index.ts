// The public surface of the analytics module: the only file other modules may import.
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { goalsRoutes } from './http/goals.routes.ts';
import { reportsFunnelRoutes } from './http/reports-funnel.routes.ts';
import { reportsLeadFunnelRoutes } from './http/reports-lead-funnel.routes.ts';
import { reportsVelocityRoutes } from './http/reports-velocity.routes.ts';
import { reportsStuckRoutes } from './http/reports-stuck.routes.ts';
import { reportsLossReasonsRoutes } from './http/reports-loss-reasons.routes.ts';
import { reportsForecastRoutes } from './http/reports-forecast.routes.ts';
import { reportsPeopleRoutes } from './http/reports-people.routes.ts';
import { reportsSourcesRoutes } from './http/reports-sources.routes.ts';
import { reportsWhatIfRoutes } from './http/reports-what-if.routes.ts';
import { channelCostsRoutes } from './http/channel-costs.routes.ts';

export { putChannelCost } from './app/put-channel-cost.ts';

/** What the analytics module gives the server (listed in src/server/modules.ts). */
export const analyticsModule: ServerModule = {
  name: 'analytics',
  routes: [
    goalsRoutes,
    reportsFunnelRoutes,
    reportsLeadFunnelRoutes,
    reportsVelocityRoutes,
    reportsStuckRoutes,
    reportsLossReasonsRoutes,
    reportsForecastRoutes,
    reportsPeopleRoutes,
    reportsSourcesRoutes,
    reportsWhatIfRoutes,
    channelCostsRoutes,
  ],
};
