import type { FieldError } from '../../../kernel/domain/errors.ts';

/**
 * A note's text is stored as written, in a small markup the web renders itself: `**bold**`,
 * `*italic*`, lines starting with `- ` as bullets, `[label](https://…)` links, and mentions of
 * workspace members as `<@member id>` (shown under the member's current name).
 */
export const NOTE_MAX_LENGTH = 10_000;

const MENTION = /<@([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})>/gi;
const LINK = /\[([^\]\n]*)\]\(([^)\s]*)\)/g;

/** The member ids a note mentions, each once, in the order they first appear (lower case). */
export function mentionedIds(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION)].map((m) => m[1]!.toLowerCase()))];
}

/** What is wrong with a note's text: only http(s) links may be written. */
export function noteTextErrors(text: string): FieldError[] {
  const errors: FieldError[] = [];
  if (text.trim() === '') errors.push({ path: 'text', message: 'Required' });
  for (const [, , target] of text.matchAll(LINK)) {
    if (!/^https?:\/\/[^\s]+$/i.test(target ?? '')) {
      errors.push({ path: 'text', message: 'Links must start with http:// or https://' });
      break;
    }
  }
  return errors;
}
