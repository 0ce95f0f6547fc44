// A module that breaks the rules on purpose, so a test can show the fuzzer catches each breach
// (a test that cannot fail is a defect): it answers 500, answers an error that is not a problem,
// and changes data in a request that fails — beside a write that rolls back and a write that
// succeeds, which are no breach.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError } from '../../kernel/domain/errors.ts';
import type { ServerModule } from '../../kernel/http/server-module.ts';
import type { Operation } from './openapi-operations.ts';

const touch = sql`update workspaces set name = name || '.' where id = (select min(id::text)::uuid from workspaces)`;

export const probeModule: ServerModule = {
  name: 'fuzz-probe',
  routes: [
    (api, { runner }) => {
      const config = { public: true };
      const schema = { body: z.object({ name: z.string() }).optional() };
      api.post('/fuzz-probe/leak', { config, schema }, async () => {
        await runner.runPublic(
          async (_input: void, { tx }) => void (await tx.execute(touch)),
          undefined,
        );
        throw new DomainError('not_found', 'Committed a change, then failed');
      });
      api.post('/fuzz-probe/rollback', { config, schema }, async () => {
        await runner.runPublic(async (_input: void, { tx }) => {
          await tx.execute(touch);
          throw new DomainError('duplicate', 'Rolled back');
        }, undefined);
      });
      api.post('/fuzz-probe/write', { config, schema }, async (_request, reply) => {
        await runner.runPublic(
          async (_input: void, { tx }) => void (await tx.execute(touch)),
          undefined,
        );
        return reply.status(204).send();
      });
      api.get('/fuzz-probe/crash', { config }, async () => {
        throw new Error('Unexpected');
      });
      api.get('/fuzz-probe/plain-error', { config }, async (_request, reply) =>
        reply.status(400).type('application/json').send({ error: 'Bad Request' }),
      );
    },
  ],
};

const body = { type: 'object', properties: { name: { type: 'string', maxLength: 10 } } };
const op = (operationId: string, method: string, path: string): Operation => ({
  operationId,
  method,
  path: `/api/v1/fuzz-probe/${path}`,
  parameters: [],
  body: method === 'POST' ? body : null,
});

/** The probe's operations, as the fuzzer would read them from a document. */
export const PROBE_OPERATIONS: Operation[] = [
  op('leak', 'POST', 'leak'),
  op('rollback', 'POST', 'rollback'),
  op('write', 'POST', 'write'),
  op('crash', 'GET', 'crash'),
  op('plainError', 'GET', 'plain-error'),
];
