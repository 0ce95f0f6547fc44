import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { addHunter, createLead, getLead } from '../../../server/test/lead-fixtures.ts';
import { describeApi } from '../../../server/test/test-app.ts';
import { aDisqualificationReason } from '../../../server/test/disqualification.ts';

describeApi('leads: assignment under concurrency', (t) => {
  it('50 leads created at once never push anyone past their limit; the rest wait unassigned', async () => {
    const ws = await freshWorkspace(t);
    const limits = [3, 5, 7];
    const hunters = await Promise.all(limits.map((limit) => addHunter(t, ws, limit)));
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.request('POST', '/api/v1/leads', {
          token: ws.token,
          body: { name: `Lead ${i}`, source: { channel: 'inbound' } },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const owners = answers.map((a) => a.body.ownerId as string | null);
    hunters.forEach((h, i) => {
      expect(owners.filter((o) => o === h.id).length, `hunter with limit ${limits[i]}`).toBe(
        limits[i],
      );
    });
    expect(owners.filter((o) => o === null).length).toBe(50 - 15);

    const load = await t.request('GET', '/api/v1/leads/load', { token: ws.token });
    expect(load.body.unassigned).toBe(35);
    const people = load.body.people as { userId: string; openLeads: number; leadLimit: number }[];
    for (const p of people) expect(p.openLeads).toBe(p.leadLimit);
  });

  it('concurrent hand assignments and disqualifications keep the limit and drain the queue', async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws, 2);
    const held = [await createLead(t, ws.token), await createLead(t, ws.token)];
    const reasonId = await aDisqualificationReason(t, ws.token);
    const queued = await Promise.all(Array.from({ length: 6 }, () => createLead(t, ws.token)));
    expect(queued.every((l) => l.ownerId === null)).toBe(true);
    // Racing: two slots freed while six hand-assignments to the same hunter are attempted.
    const answers = await Promise.all([
      ...held.map((l) =>
        t.request('POST', `/api/v1/leads/${l.id}/disqualify`, {
          token: ws.token,
          body: { reasonId },
        }),
      ),
      ...queued.map((l) =>
        t.request('PATCH', `/api/v1/leads/${l.id}`, { token: ws.token, body: { ownerId: h.id } }),
      ),
    ]);
    expect(answers.every((a) => a.status === 200 || a.body.code === 'lead_limit_reached')).toBe(
      true,
    );
    const owned = (await Promise.all(queued.map((l) => getLead(t, ws.token, l.id)))).filter(
      (l) => l.ownerId === h.id,
    );
    expect(owned.length).toBe(2);
  });
});
