/** E-mail addresses compare case-insensitively; we store them trimmed and lower-cased. */
export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}
