import type { Locale } from '../../contract/roles.ts';
import type { Template } from '../../contract/templates.ts';

/**
 * Facts one module announces inside its transaction so that other modules can react in the same
 * transaction, without the announcing module knowing who listens (a new workspace gets its
 * pipelines and its map; a completed call touches its lead). Not stored: what must be kept is an
 * event in the log. Each name says what happened, in the past tense.
 */
export interface Signals {
  /** A workspace was just created with its first admin; modules seed what it starts with. */
  'workspace.created': {
    workspaceId: string;
    template: Template;
    locale: Locale;
    actorId: string;
  };
  /** A workspace's time zone changed: whatever was stored per local week is stale. */
  'workspace.timezone_changed': { workspaceId: string };
  /** A member's lead limit, sales roles or activity changed: they may take queued leads. */
  'member.routing_changed': { workspaceId: string; actorId: string };
  /** A call, e-mail, meeting or task was done (logged or completed) on a lead. */
  'activity.done_on_lead': {
    workspaceId: string;
    leadId: string;
    activityType: string;
    doneAt: Date;
    actorId: string | null;
  };
}

export type SignalName = keyof Signals;
