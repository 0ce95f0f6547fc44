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

/** For a write that creates or edits (a PUT): `If-Match` when editing a version, nothing when new. */
export function ifEditing(version: number | undefined): { headers?: { 'If-Match': string } } {
  return version === undefined ? {} : { headers: ifMatch(version) };
}

/**
 * The path and `If-Match` of a change to one versioned record, for `…/{id}` operations:
 * `api.PATCH('/api/v1/leads/{id}', { ...versioned(lead), body })` (stale → 412 version_conflict).
 */
export function versioned(record: { id: string; version: number }) {
  return { params: { path: { id: record.id } }, headers: ifMatch(record.version) };
}

/** The JSON body an operation takes, from the generated schema: `RequestBody<'/api/v1/leads', 'post'>`. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** The JSON an operation answers with 200, from the generated schema. */
export type ResponseBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;
