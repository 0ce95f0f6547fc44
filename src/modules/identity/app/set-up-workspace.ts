import { sql } from 'drizzle-orm';
import { newId } from '../../../kernel/db/ids.ts';
import { countUsers, findMember, insertUser } from '../db/users-repo.ts';
import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { normalizeEmail } from '../../../kernel/domain/email.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { Member, Workspace } from '../domain/types.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import { startSession, type NewSession } from './sessions.ts';
import { provisionWorkspace, type WorkspaceInput } from './workspace-provisioning.ts';
import { auditAs } from '../../../kernel/app/audit.ts';

export interface SetUpInput {
  workspace: WorkspaceInput;
  userName: string;
  email: string;
  /** Hashed before the transaction (hashPassword, ~0.5 s), never inside it. */
  passwordHash: string;
  /** The request's address, for the audit log. */
  address: string;
}

export interface SetUpResult {
  workspace: Workspace;
  member: Member;
  apiToken: string;
  session: NewSession;
}

export const alreadySetUp = () =>
  new DomainError('already_set_up', 'Conveyor is already set up; sign in instead.');

const SETUP_LOCK_KEY = 720_431_002;

/** First run: the first workspace and its admin. Allowed only while no user exists. */
export async function setUpWorkspace(input: SetUpInput, deps: PublicDeps): Promise<SetUpResult> {
  const { tx, clock } = deps;
  // Two concurrent setups must not both succeed.
  await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK_KEY})`);
  if ((await countUsers(tx)) > 0) {
    throw alreadySetUp();
  }
  const now = clock.now();
  const user = await insertUser(tx, {
    id: newId(),
    email: normalizeEmail(input.email),
    name: input.userName,
    passwordHash: input.passwordHash,
    locale: null,
    createdAt: now,
    updatedAt: now,
  });
  const { workspace, apiToken } = await provisionWorkspace(input.workspace, user.id, deps);
  await appendEvents(tx, workspace.id, [
    {
      type: 'user.created',
      occurredAt: now,
      actorId: user.id,
      payload: { userId: user.id, role: 'admin' },
    },
  ]);
  const member = (await findMember(tx, workspace.id, user.id))!;
  await auditAs(
    deps,
    { workspaceId: workspace.id, actorId: user.id, ip: input.address },
    {
      action: 'workspace.created',
      subject: { kind: 'workspace', id: workspace.id, label: workspace.name },
    },
  );
  const session = await startSession(tx, workspace.id, user.id, now);
  return { workspace, member, apiToken, session };
}
