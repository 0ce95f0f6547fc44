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
