/** PostgreSQL's unique_violation, as thrown by pg and by PGlite (possibly wrapped by Drizzle). */
export function uniqueViolation(error: unknown): { constraint: string | undefined } | null {
  let e: unknown = error;
  for (let depth = 0; e && depth < 3; depth++) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    if (code === '23505') return { constraint };
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}
