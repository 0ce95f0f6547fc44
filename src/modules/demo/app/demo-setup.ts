// The demo company's organisation, made through the same use cases an admin uses: the workspace
// (as POST /workspaces provisions it), teams, and people with their roles and sales roles.
import type { Actor } from '../../../kernel/app/context.ts';
import { listLostReasons } from '../../conveyor/index.ts';
import { listPipelines } from '../../conveyor/index.ts';
import { createTeam } from '../../identity/index.ts';
import { enrolAccount } from '../../identity/index.ts';
import { recordAccessFor } from '../../identity/index.ts';
import { updateUser } from '../../identity/index.ts';
import type { Runner } from '../../../kernel/app/runner.ts';
import { createDemoWorkspace, ensureDemoAccount } from './create-demo-workspace.ts';
import type { TeamKey } from './demo-people.ts';
import type { DemoPlan } from './demo-plan.ts';
import type { Locale } from '../../../contract/roles.ts';

export interface DemoWorld {
  workspaceId: string;
  timezone: string;
  /** One actor per person of the roster, in roster order. */
  actors: Actor[];
  pipelineId: string;
  /** Stage ids in order, each with its check criteria in order. */
  stages: { id: string; checks: string[] }[];
  /** Active loss reasons in the template's order. */
  lostReasonIds: string[];
}

export async function setUpDemo(
  runner: Runner,
  plan: DemoPlan,
  passwordHash: string,
  locale: Locale,
): Promise<DemoWorld> {
  const [head, ...others] = plan.people;
  const { workspace, adminId } = await runner.runPublic(createDemoWorkspace, {
    workspace: {
      name: plan.texts.workspaceName,
      locale,
      timezone: plan.texts.timezone,
      currency: plan.texts.currency,
      template: 'b2b-classic',
    },
    admin: { email: head!.email, name: head!.name, passwordHash },
  });
  // Each person acts with the reach the workspace's default permissions give them.
  const actorOf = (userId: string, role: Actor['role'], teamId: string | null = null): Actor => ({
    userId,
    workspaceId: workspace.id,
    role,
    scopes: ['api'],
    records: recordAccessFor(role, undefined, teamId),
    delegated: false,
  });
  const admin = actorOf(adminId, 'admin');
  // Provisioning makes a plain admin; the head of sales also closes and keeps key accounts.
  await runner.run(updateUser, { userId: adminId, salesRoles: head!.salesRoles }, admin);
  const teams = new Map<TeamKey, string>();
  for (const key of ['inbound', 'outbound', 'closing', 'accounts'] as const) {
    const team = await runner.run(createTeam, { name: plan.texts.teams[key] }, admin);
    teams.set(key, team.id);
  }
  const actors = [admin];
  for (const person of others) {
    const account = await runner.runPublic(ensureDemoAccount, {
      email: person.email,
      name: person.name,
      passwordHash,
    });
    // The demo made these accounts itself: they join directly, without an invitation.
    const member = await runner.run(
      enrolAccount,
      {
        userId: account.id,
        role: person.role,
        salesRoles: person.salesRoles,
        teamId: person.team ? teams.get(person.team)! : null,
        leadLimit: person.leadLimit,
      },
      admin,
    );
    actors.push(actorOf(member.user.id, person.role, member.membership.teamId));
  }
  const [pipeline] = await runner.run(listPipelines, undefined, admin);
  const reasons = await runner.run(listLostReasons, { active: true }, admin);
  return {
    workspaceId: workspace.id,
    timezone: workspace.timezone,
    actors,
    pipelineId: pipeline!.id,
    stages: [...pipeline!.stages]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({
        id: s.id,
        checks: s.exitCriteria.filter((c) => c.kind === 'check').map((c) => c.id),
      })),
    lostReasonIds: reasons.map((r) => r.id),
  };
}
