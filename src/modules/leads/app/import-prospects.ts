import { appendEventsInBulk } from '../../../kernel/db/events/append-events.ts';
import { findMember } from '../../identity/index.ts';
import { findWorkspace } from '../../identity/index.ts';
import { newId } from '../../../kernel/db/ids.ts';
import type { ActivityInsert } from '../../conveyor/index.ts';
import type { LeadInsert } from '../db/leads-repo.ts';
import { insertActivities, insertLeads } from '../db/prospect-import-repo.ts';
import { lockRouting, memberLoads, setLastAssigned } from '../db/routing-repo.ts';
import { validationError } from '../../../kernel/domain/errors.ts';
import { planAssignments } from '../domain/assignment.ts';
import { autoSubjects } from '../domain/auto-subjects.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { assignmentEvent } from './assignment-events.ts';
import {
  checkProspectImport,
  reportOf,
  type ProspectImportInput,
  type ProspectImportReport,
} from './check-prospect-import.ts';
import type { NewEvent } from '../../../kernel/db/events/new-event.ts';
import { audit } from '../../../kernel/app/audit.ts';

/** The medium of imported prospects when the import names none. */
export const DEFAULT_IMPORT_MEDIUM = 'prospect_list';

export interface ProspectImportResult extends ProspectImportReport {
  importId: string;
  imported: number;
  assigned: number;
  queued: number;
}

/**
 * Imports a prospect list as outbound leads of one campaign, in one transaction. Bad rows (the
 * dry run's report) are skipped and reported; the good ones are written together or not at
 * all. Leads are routed like any other — round robin among hunters within their limits, the
 * rest to the queue — planned in one pass, and each gets a first-touch task for its owner.
 */
export async function importProspects(
  input: ProspectImportInput,
  { actor, tx, clock }: Deps,
): Promise<ProspectImportResult> {
  requireManager(actor);
  const workspaceId = actor.workspaceId;
  const check = await checkProspectImport(tx, workspaceId, input);
  if (!check.mapping.name) {
    throw validationError([{ path: 'mapping.name', message: 'Choose the column with the name' }]);
  }
  if (check.valid.length === 0) {
    throw validationError([{ path: 'csv', message: 'No row can be imported (see the dry run)' }]);
  }
  const now = clock.now();
  const importId = newId();
  const medium = input.medium ?? DEFAULT_IMPORT_MEDIUM;
  const ids = check.valid.map(() => newId());
  const last = await lockRouting(tx, workspaceId);
  const plan = planAssignments(await memberLoads(tx, workspaceId), last, ids);
  if (plan.lastAssignedId) await setLastAssigned(tx, workspaceId, plan.lastAssignedId);
  const ownerOf = new Map(plan.assignments.map((a) => [a.leadId, a.ownerId]));
  const teamOf = new Map<string, string | null>();
  for (const ownerId of new Set(ownerOf.values())) {
    teamOf.set(ownerId, (await findMember(tx, workspaceId, ownerId))?.membership.teamId ?? null);
  }

  const leads: LeadInsert[] = check.valid.map((r, i) => ({
    workspaceId,
    id: ids[i]!,
    name: r.name,
    companyName: r.companyName,
    email: r.email,
    phone: r.phone,
    message: null,
    sourceChannel: 'outbound',
    sourceMedium: medium,
    sourceCampaign: input.campaign,
    status: 'new',
    ownerId: ownerOf.get(ids[i]!) ?? null,
    createdAt: now,
    updatedAt: now,
  }));
  const subjects = autoSubjects((await findWorkspace(tx, workspaceId))!.locale);
  const tasks: ActivityInsert[] = leads.map((l) => ({
    workspaceId,
    id: newId(),
    type: 'task',
    subject: subjects.firstTouch({ name: l.name, campaign: input.campaign }),
    dueAt: now,
    doneAt: null,
    outcome: null,
    dealId: null,
    leadId: l.id,
    contactId: null,
    companyId: null,
    ownerId: l.ownerId ?? null,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  }));
  await insertLeads(tx, leads);
  await insertActivities(tx, tasks);

  const events: NewEvent[] = leads.flatMap((l, i) => {
    const dims = {
      leadId: l.id,
      ownerId: l.ownerId ?? null,
      teamId: l.ownerId ? (teamOf.get(l.ownerId) ?? null) : null,
    };
    const source = { channel: 'outbound', medium, campaign: input.campaign };
    const assigned = l.ownerId
      ? [
          assignmentEvent(
            { leadId: l.id, fromOwnerId: null, toOwnerId: l.ownerId },
            { ...dims, ...source },
            'routing',
            actor.userId,
            now,
          ),
        ]
      : [];
    return [
      {
        ...dims,
        type: 'lead.created' as const,
        occurredAt: now,
        actorId: actor.userId,
        channel: 'outbound',
        medium,
        campaign: input.campaign,
        payload: { importId, row: check.valid[i]!.row },
      },
      ...assigned,
      {
        ...dims,
        type: 'activity.created' as const,
        occurredAt: now,
        actorId: actor.userId,
        activityId: tasks[i]!.id,
        activityType: 'task',
        payload: { dueAt: now.toISOString(), logged: false },
      },
    ];
  });
  await appendEventsInBulk(tx, workspaceId, events);
  await audit(
    { actor, tx, clock },
    {
      action: 'prospects.imported',
      subject: { kind: 'prospect_import', id: importId, label: input.campaign },
      details: {
        imported: leads.length,
        queued: leads.length - plan.assignments.length,
        skipped: check.invalidRows,
      },
    },
  );
  return {
    ...reportOf(check),
    importId,
    imported: leads.length,
    assigned: plan.assignments.length,
    queued: leads.length - plan.assignments.length,
  };
}
