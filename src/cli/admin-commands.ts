import { randomBytes } from 'node:crypto';
import { createRunner } from '../kernel/app/runner.ts';
import { systemClock } from '../kernel/app/context.ts';
import { createToken } from '../modules/identity/index.ts';
import { createUser, hashPassword } from '../modules/identity/index.ts';
import { resolveAdminActor } from '../modules/identity/index.ts';
import type { Role, SalesRole, TokenScope } from '../contract/roles.ts';
import { loadConfig, type ConfigFlags } from '../kernel/config.ts';
import { openConfiguredDatabase } from './open-database.ts';
import { serverReactions } from '../server/modules.ts';

async function withRunner<T>(
  flags: ConfigFlags,
  fn: (runner: ReturnType<typeof createRunner>) => Promise<T>,
) {
  const database = await openConfiguredDatabase(loadConfig(flags));
  try {
    return await fn(createRunner(database, systemClock, serverReactions));
  } finally {
    await database.close();
  }
}

export async function migrateCommand(flags: ConfigFlags) {
  await withRunner(flags, async () => {});
  console.log('Migrations applied.');
}

export interface UserCreateFlags extends ConfigFlags {
  email: string;
  name: string;
  password?: string;
  role: Role;
  salesRoles: SalesRole[];
  leadLimit?: number;
  workspace?: string;
}

export async function userCreateCommand(flags: UserCreateFlags) {
  const password = flags.password ?? randomBytes(9).toString('base64url');
  const result = await withRunner(flags, async (runner) => {
    const actor = await runner.runPublic(resolveAdminActor, { workspaceId: flags.workspace });
    return runner.run(
      createUser,
      {
        email: flags.email,
        name: flags.name,
        passwordHash: await hashPassword(password),
        role: flags.role,
        salesRoles: flags.salesRoles,
        leadLimit: flags.leadLimit ?? null,
      },
      actor,
    );
  });
  if (result.kind === 'invited') {
    // An existing account is invited, never changed: its person accepts at their next sign-in.
    console.log(`${result.invitation.email} already has an account: invitation sent.`);
    return;
  }
  const { member } = result;
  console.log(`Created ${member.user.email} (${member.membership.role}), id ${member.user.id}`);
  if (!flags.password) console.log(`Password: ${password}`);
}

export interface TokenCreateFlags extends ConfigFlags {
  name: string;
  user?: string;
  scopes: TokenScope[];
  workspace?: string;
}

export async function tokenCreateCommand(flags: TokenCreateFlags) {
  const created = await withRunner(flags, async (runner) => {
    const actor = await runner.runPublic(resolveAdminActor, { workspaceId: flags.workspace });
    return runner.run(
      createToken,
      { name: flags.name, userId: flags.user, scopes: flags.scopes },
      actor,
    );
  });
  console.log(
    `Token ${created.info.id} for user ${created.info.userId} (${created.info.scopes.join(', ')}):`,
  );
  console.log(created.token);
  console.log('Store it now: it is not shown again.');
}
