import type { Reaction } from '../../../kernel/app/reactions.ts';
import { clearStoredMedians } from '../db/metrics/stored-medians.ts';

/** The stored medians belong to the old zone's weeks: forget them when the zone changes. */
export const forgetMediansOnTimezoneChange: Reaction<'workspace.timezone_changed'> = (
  { workspaceId },
  { tx },
) => clearStoredMedians(tx, workspaceId);
