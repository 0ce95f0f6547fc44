import { expect, it } from 'vitest';
import { loadConfig } from '../../../kernel/config.ts';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('web forms: rate limit', (t) => {
  it('answers 429 rate_limited once an address has sent too many submissions in a minute', async () => {
    const ws = await freshWorkspace(t);
    const form = await t.request('POST', '/api/v1/forms', { token: ws.token, body: { name: 'F' } });
    const url = `/api/v1/forms/${form.body.key as string}/submissions`;
    const limit = loadConfig({}, {}).formRateLimit;
    for (let i = 0; i < limit; i++) {
      const sent = await t.request('POST', url, { body: { name: `Person ${i}` } });
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    }
    expectProblem(
      await t.request('POST', url, { body: { name: 'One too many' } }),
      429,
      'rate_limited',
    );
    const list = await t.request('GET', '/api/v1/leads?limit=200', { token: ws.token });
    expect((list.body.items as unknown[]).length).toBe(limit);
  });
});
