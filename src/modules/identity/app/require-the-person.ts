import type { Actor } from '../../../kernel/app/context.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';

/**
 * What belongs to a person's account alone — their name and language, starting a workspace —
 * is done by the person: in a browser session or with a token they issued themselves, never
 * with a token a workspace's admin issued for them (ADR 026: that admin must not reach the
 * account beyond their workspace).
 */
export function requireThePerson(actor: Actor, message: string): void {
  if (actor.delegated) throw new DomainError('forbidden', message);
}
