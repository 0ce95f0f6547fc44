import { z } from 'zod';
import { validationError } from '../domain/errors.ts';

/** Cursors are opaque to clients: base64url JSON of the last row's sort key. */
export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(cursor: string, shape: T): z.infer<T> {
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw validationError([{ path: 'cursor', message: 'Invalid cursor' }]);
  }
}

/** Turns a user's text into a LIKE pattern that matches it literally anywhere. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const nameCursor = z.object({ n: z.string(), i: z.uuid() });

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Fetches limit+1 rows upstream; this trims the extra one and makes the next cursor from the last. */
export function toPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => Record<string, string>,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
