// The public surface of the search module: the only file other modules may import. It owns no
// records: every module offers its own part (ServerModule.search), and this composes them.
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { searchRoutes } from './http/search.routes.ts';

/** What the search module gives the server (listed in src/server/modules.ts). */
export const searchModule: ServerModule = {
  name: 'search',
  routes: [searchRoutes],
};
