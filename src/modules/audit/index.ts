// The public surface of the audit module: the only file other modules may import. Other modules
// do not import it to record: they record through the kernel's recorder (src/kernel/app/audit.ts),
// so the module that reads the log depends on nothing that writes it (ADR 029).
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { auditRoutes } from './http/audit.routes.ts';

/** What the audit module gives the server (listed in src/server/modules.ts). */
export const auditModule: ServerModule = {
  name: 'audit',
  routes: [auditRoutes],
};
