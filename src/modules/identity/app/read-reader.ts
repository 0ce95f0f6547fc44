import { LOCALES, type Locale } from '../../../contract/roles.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { findReader } from '../db/reader-repo.ts';

/** Who reads what the server writes for a person (a report's file): language and currency. */
export interface Reader {
  locale: Locale;
  currency: string;
}

/**
 * The signed-in person's language (their own choice, else their workspace's) and the workspace's
 * currency, in one statement: a report's file speaks the reader's language (issue 17).
 */
export async function readReader(_input: unknown, { actor, tx }: Deps): Promise<Reader> {
  const row = await findReader(tx, actor.workspaceId, actor.userId);
  const locale = (LOCALES as readonly string[]).includes(row?.locale ?? '')
    ? (row!.locale as Locale)
    : 'en';
  return { locale, currency: row?.currency ?? 'EUR' };
}
