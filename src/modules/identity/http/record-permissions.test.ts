// Record permissions (issue 16 item 3): the workspace setting `permissions` says which records
// managers and members see and edit — all, their team's or their own — and every read and write
// keeps to it: a write outside it is 403 forbidden and changes nothing, a record outside the
// view is as unknown as one that never existed.
import { expect, it } from 'vitest';
import { dealIn } from '../../../server/test/activity-fixtures.ts';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { createLead } from '../../../server/test/lead-fixtures.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

type Scope = 'all' | 'team' | 'own';

/** Sets what members see and edit (managers: everything), as `token`'s holder. */
function patchPermissions(
  t: TestApp,
  ws: WorkspaceFixture,
  member: { view: Scope; edit: Scope },
  token = ws.token,
) {
  return t.request('PATCH', `/api/v1/workspaces/${ws.workspaceId}`, {
    token,
    body: { settings: { permissions: { manager: { view: 'all', edit: 'all' }, member } } },
  });
}

async function setPermissions(
  t: TestApp,
  ws: WorkspaceFixture,
  member: { view: Scope; edit: Scope },
) {
  const answer = await patchPermissions(t, ws, member);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}

async function team(t: TestApp, ws: WorkspaceFixture, name: string): Promise<string> {
  const created = await t.request('POST', '/api/v1/teams', { token: ws.token, body: { name } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

async function ids(t: TestApp, token: string, url: string): Promise<string[]> {
  const answer = await t.request('GET', url, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body.items as { id: string }[]).map((item) => item.id);
}

describeApi('record permissions', (t) => {
  it('has the defaults until an admin changes them, and refuses an edit wider than the view', async () => {
    const ws = await freshWorkspace(t);
    const url = `/api/v1/workspaces/${ws.workspaceId}`;
    const read = await t.request('GET', url, { token: ws.token });
    expect((read.body.settings as Record<string, unknown>).permissions).toEqual({
      manager: { view: 'all', edit: 'all' },
      member: { view: 'all', edit: 'team' },
    });

    const wider = await patchPermissions(t, ws, { view: 'own', edit: 'team' });
    expectProblem(wider, 400, 'validation_failed');
    const manager = await addMember(t, ws, 'manager');
    const byManager = await patchPermissions(t, ws, { view: 'all', edit: 'all' }, manager.token);
    expectProblem(byManager, 403, 'forbidden');
    const after = await t.request('GET', url, { token: ws.token });
    expect(after.body.version).toBe(read.body.version);
  });

  it("by default a member edits their own and their team's deals, not another team's; a manager edits all", async () => {
    const ws = await freshWorkspace(t);
    const north = await team(t, ws, 'North');
    const south = await team(t, ws, 'South');
    const anna = await addMember(t, ws, 'member', { teamId: north });
    const boris = await addMember(t, ws, 'member', { teamId: north });
    const carl = await addMember(t, ws, 'member', { teamId: south });
    const manager = await addMember(t, ws, 'manager');
    const borisDeal = await dealIn(t, ws, { ownerId: boris.id });
    const url = `/api/v1/deals/${borisDeal.id}`;

    const byTeammate = await t.request('PATCH', url, { token: anna.token, body: { value: 500 } });
    expect(byTeammate.status, JSON.stringify(byTeammate.body)).toBe(200);

    const byOtherTeam = await t.request('PATCH', url, { token: carl.token, body: { value: 900 } });
    expectProblem(byOtherTeam, 403, 'forbidden');
    const moved = await t.request('POST', `${url}/move`, {
      token: carl.token,
      body: { stageId: borisDeal.stageId },
    });
    expectProblem(moved, 403, 'forbidden');
    const lost = await t.request('POST', `${url}/lose`, { token: carl.token, body: {} });
    expectProblem(lost, 403, 'forbidden');
    const deal = await t.request('GET', url, { token: ws.token });
    expect(deal.body).toMatchObject({ value: 500, status: 'open', ownerId: boris.id });

    const byManager = await t.request('PATCH', url, { token: manager.token, body: { value: 700 } });
    expect(byManager.status, JSON.stringify(byManager.body)).toBe(200);
    // Everyone still sees the deal: the default view is all.
    expect(await ids(t, carl.token, '/api/v1/deals')).toContain(borisDeal.id);
  });

  it('a member outside any team edits only their own records, including leads and activities', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const lead = await createLead(t, ws.token, { name: 'Olga Nowak', ownerId: ws.adminId });
    const leadUrl = `/api/v1/leads/${lead.id}`;
    expectProblem(
      await t.request('PATCH', leadUrl, { token: member.token, body: { name: 'Renamed' } }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.request('POST', `${leadUrl}/status`, {
        token: member.token,
        body: { status: 'contacted' },
      }),
      403,
      'forbidden',
    );
    const activity = await t.request('POST', '/api/v1/activities', {
      token: ws.token,
      body: {
        type: 'call',
        subject: 'Call Olga',
        dueAt: new Date(Date.now() + 3_600_000).toISOString(),
        ownerId: ws.adminId,
      },
    });
    expect(activity.status, JSON.stringify(activity.body)).toBe(201);
    const activityUrl = `/api/v1/activities/${activity.body.id as string}`;
    expectProblem(
      await t.request('PATCH', activityUrl, { token: member.token, body: { ownerId: member.id } }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.request('POST', `${activityUrl}/complete`, { token: member.token, body: {} }),
      403,
      'forbidden',
    );
    const unchanged = await t.request('GET', leadUrl, { token: ws.token });
    expect(unchanged.body).toMatchObject({ name: 'Olga Nowak', status: 'new' });
    const task = await t.request('GET', activityUrl, { token: ws.token });
    expect(task.body).toMatchObject({ ownerId: ws.adminId, doneAt: null });

    // Their own lead they change freely.
    const own = await createLead(t, member.token, { name: 'Piotr Own', ownerId: member.id });
    const renamed = await t.request('PATCH', `/api/v1/leads/${own.id}`, {
      token: member.token,
      body: { name: 'Piotr Owned' },
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
  });

  it('with view "own" a member sees only their own and unowned records; others are not found', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const mine = await dealIn(t, ws, { ownerId: member.id });
    const theirs = await dealIn(t, ws, { ownerId: ws.adminId });
    const company = (name: string, ownerId: string | null) =>
      t.request('POST', '/api/v1/companies', { token: ws.token, body: { name, ownerId } });
    const adminsCompany = await company('Admin Co', ws.adminId);
    const nobodys = await company('Free Co', null);
    await setPermissions(t, ws, { view: 'own', edit: 'own' });

    const visible = await ids(t, member.token, '/api/v1/deals');
    expect(visible).toContain(mine.id);
    expect(visible).not.toContain(theirs.id);
    expectProblem(
      await t.request('GET', `/api/v1/deals/${theirs.id}`, { token: member.token }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('GET', `/api/v1/deals/${theirs.id}/history`, { token: member.token }),
      404,
      'not_found',
    );
    const companies = await ids(t, member.token, '/api/v1/companies');
    expect(companies).toContain(nobodys.body.id);
    expect(companies).not.toContain(adminsCompany.body.id);
    // The board's stage totals count only what the member may see.
    const totals = await t.request(
      'GET',
      `/api/v1/deals/stage-totals?pipelineId=${theirs.pipelineId}`,
      {
        token: member.token,
      },
    );
    expect(totals.status, JSON.stringify(totals.body)).toBe(200);
    expect(totals.body.items).toEqual([]);

    // The admin and a manager still see everything.
    expect(await ids(t, ws.token, '/api/v1/deals')).toEqual(
      expect.arrayContaining([mine.id, theirs.id]),
    );
  });

  it('with view "team" a member sees their teammates\' records and not another team\'s', async () => {
    const ws = await freshWorkspace(t);
    const north = await team(t, ws, 'North');
    const south = await team(t, ws, 'South');
    const anna = await addMember(t, ws, 'member', { teamId: north });
    const boris = await addMember(t, ws, 'member', { teamId: north });
    const carl = await addMember(t, ws, 'member', { teamId: south });
    const borisDeal = await dealIn(t, ws, { ownerId: boris.id });
    const carlDeal = await dealIn(t, ws, { ownerId: carl.id });
    await setPermissions(t, ws, { view: 'team', edit: 'team' });

    const seen = await ids(t, anna.token, '/api/v1/deals');
    expect(seen).toContain(borisDeal.id);
    expect(seen).not.toContain(carlDeal.id);
  });

  it('keeps the people report and channel costs for managers', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const manager = await addMember(t, ws, 'manager');
    const period = 'from=2026-11-01&to=2026-11-30';
    expectProblem(
      await t.request('GET', `/api/v1/reports/people?${period}`, { token: member.token }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.request('GET', '/api/v1/channel-costs', { token: member.token }),
      403,
      'forbidden',
    );
    const sources = await t.request('GET', `/api/v1/reports/sources?${period}`, {
      token: member.token,
    });
    expect(sources.status, JSON.stringify(sources.body)).toBe(200);
    expect(sources.body.costsApplied).toBe(false);

    const people = await t.request('GET', `/api/v1/reports/people?${period}`, {
      token: manager.token,
    });
    expect(people.status, JSON.stringify(people.body)).toBe(200);
    const managersSources = await t.request('GET', `/api/v1/reports/sources?${period}`, {
      token: manager.token,
    });
    expect(managersSources.body.costsApplied).toBe(true);
  });
});
