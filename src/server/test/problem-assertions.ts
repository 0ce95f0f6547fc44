import { expect } from 'vitest';
import type { Answer } from './test-app.ts';

/** The answer is an RFC 9457 problem with this status and stable code. */
export function expectProblem(answer: Answer, status: number, code: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.headers['content-type']).toContain('application/problem+json');
  expect(answer.body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    code,
  });
}

/** The paths of every invalid field of a 400 validation_failed answer, in the server's order. */
export function errorPaths(answer: Answer): string[] {
  expectProblem(answer, 400, 'validation_failed');
  return (answer.body.errors as { path: string }[]).map((e) => e.path);
}

export function sortedErrorPaths(answer: Answer): string[] {
  return errorPaths(answer).sort();
}
