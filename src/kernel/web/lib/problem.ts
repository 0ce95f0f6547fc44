import type { components } from './api-schema.gen.ts';

export type Problem = components['schemas']['Problem'];

/** An RFC 9457 problem answer from the API, thrown by {@link unwrap}. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = 'ApiProblem';
  }

  get code(): string {
    return this.problem.code;
  }

  static from(status: number, body: unknown): ApiProblem {
    if (body && typeof body === 'object' && 'code' in body) {
      return new ApiProblem(status, body as Problem);
    }
    return new ApiProblem(status, {
      type: 'about:blank',
      title: 'Error',
      status,
      code: status === 429 ? 'rate_limited' : 'unexpected',
      detail: typeof body === 'string' ? body : undefined,
    } as Problem);
  }
}

export function isProblem(error: unknown, code?: string): error is ApiProblem {
  return error instanceof ApiProblem && (code === undefined || error.code === code);
}
