// Issue 16, "Trust": the server's log never prints personal data — not the search text of a
// query string, not a failed statement's parameters, not the key PostgreSQL names in a unique
// violation's detail. The log is read at trace level, every line the server writes.
import { z } from 'zod';
import { expect, it } from 'vitest';
import type { Deps } from '../kernel/app/context.ts';
import { newId } from '../kernel/db/ids.ts';
import { actorOf } from '../kernel/http/auth/authenticate.ts';
import type { ServerModule } from '../kernel/http/server-module.ts';
import { insertUser } from '../modules/identity/db/users-repo.ts';
import { serverModules } from './modules.ts';
import { freshWorkspace } from './test/fresh-workspace.ts';
import { describeApi } from './test/test-app.ts';

const EMAIL = 'anna.private@acme.test';

/** A use case with a bug: inserts an account whose e-mail is taken, and maps no violation. */
async function insertTakenEmail(input: { email: string }, { tx, clock }: Deps) {
  const now = clock.now();
  for (let i = 0; i < 2; i++) {
    const row = { id: newId(), email: input.email, name: 'Anna', passwordHash: null };
    await insertUser(tx, { ...row, createdAt: now, updatedAt: now });
  }
}

const probe: ServerModule = {
  name: 'log-probe',
  routes: [
    (api, { runner }) =>
      api.post(
        '/log-probe/accounts',
        { schema: { hide: true, body: z.object({ email: z.string() }) } },
        async (request) => {
          await runner.run(insertTakenEmail, request.body, actorOf(request));
          return {};
        },
      ),
  ],
};

const lines: string[] = [];

describeApi(
  'the log keeps personal data out',
  (t) => {
    it('logs requests and an unexpected unique violation without the e-mail in them', async () => {
      const ws = await freshWorkspace(t);
      lines.length = 0;
      for (const q of [EMAIL, encodeURIComponent(EMAIL)]) {
        const found = await t.request('GET', `/api/v1/companies?q=${q}`, { token: ws.token });
        expect(found.status).toBe(200);
      }
      const failed = await t.request('POST', '/api/v1/log-probe/accounts', {
        token: ws.token,
        body: { email: EMAIL },
      });
      expect(failed.status).toBe(500);
      expect(JSON.stringify(failed.body)).not.toContain(EMAIL);

      const log = lines.join('');
      // The log does say what happened …
      expect(log).toContain('/api/v1/companies?[redacted]');
      const errors = lines
        .map((l) => JSON.parse(l) as { err?: { stack: string } })
        .flatMap((l) => (l.err ? [l.err] : []));
      expect(errors).toHaveLength(1);
      expect(JSON.stringify(errors[0])).toMatch(/duplicate key value violates unique/);
      expect(JSON.stringify(errors[0])).toContain('23505');
      expect(errors[0]!.stack).toMatch(/\n\s+at /);
      // … and never who it was about: not the e-mail, nor its escaped or lower-cased forms.
      for (const form of [EMAIL, encodeURIComponent(EMAIL), 'anna.private']) {
        expect(log.toLowerCase()).not.toContain(form.toLowerCase());
      }
    });
  },
  [...serverModules, probe],
  { log: { level: 'trace', lines } },
);
