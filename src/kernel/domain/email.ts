import { z } from 'zod';

/** E-mail addresses compare case-insensitively; we store them trimmed and lower-cased. */
export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

const EMAIL = z.email().max(254);

/** The same rule as the API's e-mail fields (zod's), for e-mails read from files. */
export function isValidEmail(input: string): boolean {
  return EMAIL.safeParse(input).success;
}
