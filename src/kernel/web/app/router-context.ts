import type { QueryClient } from '@tanstack/react-query';

/**
 * What every route's loader receives. Modules declare their routes generically over the frame
 * they hang under, so a loader names this type to read it (the shell's root route provides it).
 */
export interface RouterContext {
  queryClient: QueryClient;
}
