import createClient from 'openapi-fetch';
import type { paths } from './api-schema.gen.ts';
import { ApiProblem } from './problem.ts';

/** The typed client for `/api/v1` (paths in the generated schema carry the full prefix). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Unwraps an openapi-fetch result: returns the data or throws an {@link ApiProblem}. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiProblem.from(response.status, error);
  return data as T;
}

/** An `If-Match` header for a resource's version. */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}

/**
 * The request options that address one record as the user last saw it: its id in the path and
 * its version in `If-Match`, so a change made meanwhile by someone else is refused (412).
 */
export function versioned(record: { id: string; version: number }) {
  return { params: { path: { id: record.id } }, headers: ifMatch(record.version) };
}

/** An infinite query's paging over a list answer: from the start, then each `nextCursor` until none. */
export const cursorPages = {
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last: { nextCursor?: string | null }) => last.nextCursor ?? undefined,
};

/**
 * The JSON body an operation of the generated schema takes, e.g.
 * `RequestBody<paths['/api/v1/deals']['post']>`: request types come from the schema, not by hand.
 */
export type RequestBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
