// Which demo companies one can still sign in to: a demo head of sales (in any language's demo)
// who is an active admin of a workspace. The server prints these at every start.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import { LOCALES } from '../../../contract/roles.ts';
import { memberships, users, workspaces } from '../../identity/index.ts';
import { demoPeople } from './demo-people.ts';
import { demoTexts } from './demo-texts.ts';

export interface DemoSignIn {
  email: string;
  workspaceName: string;
  /** The stored hash, for the caller to check that the demo password still opens it. */
  passwordHash: string | null;
}

/** The heads of sales of every language's demo: the first person of its roster. */
const HEADS_OF_SALES = LOCALES.map((locale) => demoPeople(demoTexts(locale))[0]!.email);

export async function findDemoSignIns(_input: void, { tx }: PublicDeps): Promise<DemoSignIn[]> {
  return tx
    .select({
      email: users.email,
      workspaceName: workspaces.name,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(
      and(
        inArray(sql`lower(${users.email})`, HEADS_OF_SALES),
        eq(memberships.role, 'admin'),
        eq(memberships.active, true),
      ),
    )
    .orderBy(workspaces.createdAt, workspaces.id);
}
