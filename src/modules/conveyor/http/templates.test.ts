import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Stage {
  id: string;
  name: string;
  goal: string;
  probability: number;
  rotDays: number | null;
  role: string | null;
  guidance: string;
  exitCriteria: { id: string; kind: string; label: string }[];
}

interface Pipeline {
  name: string;
  stages: Stage[];
}

interface LostReason {
  name: string;
  standard: string;
  stageIds: string[] | null;
  active: boolean;
}

/** A new workspace made through the API by an existing admin; returns its token. */
async function workspaceFrom(t: TestApp, template: string, locale: string): Promise<string> {
  const ws = await freshWorkspace(t);
  const created = await t.request('POST', '/api/v1/workspaces', {
    token: ws.token,
    body: {
      name: `From ${template}`,
      locale,
      timezone: 'Europe/Warsaw',
      currency: 'PLN',
      template,
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.apiToken as string;
}

async function pipelinesOf(t: TestApp, token: string): Promise<Pipeline[]> {
  const answer = await t.request('GET', '/api/v1/pipelines', { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items as Pipeline[];
}

async function lostReasonsOf(t: TestApp, token: string): Promise<LostReason[]> {
  const answer = await t.request('GET', '/api/v1/lost-reasons', { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items as LostReason[];
}

describeApi('workspace templates', (t) => {
  it('first-run setup applies the chosen template', async () => {
    const created = await t.request('POST', '/api/v1/setup', {
      body: {
        workspaceName: 'Acme Ltd',
        name: 'Ann Smith',
        email: 'ann@acme.test',
        password: 'correct horse 1',
        locale: 'en',
        timezone: 'Europe/London',
        currency: 'GBP',
        template: 'b2b-classic',
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const [pipeline] = await pipelinesOf(t, created.body.apiToken as string);
    expect(pipeline!.name).toBe('New business');
    expect(pipeline!.stages.map((s) => s.name)).toEqual([
      'Identification',
      'Qualification',
      'Offer',
      'Negotiation',
    ]);
  });

  it('b2b-classic in Polish: the seed 002 stages with their tasks, and loss reasons with standards', async () => {
    const token = await workspaceFrom(t, 'b2b-classic', 'pl');
    const pipelines = await pipelinesOf(t, token);
    expect(pipelines.map((p) => p.name)).toEqual(['Nowy biznes']);
    const stages = pipelines[0]!.stages;
    expect(stages.map((s) => [s.name, s.probability, s.rotDays, s.role])).toEqual([
      ['Identyfikacja', 10, 7, 'hunter'],
      ['Kwalifikacja', 25, 14, 'hunter'],
      ['Oferta', 50, 10, 'closer'],
      ['Negocjacje', 75, 14, 'closer'],
    ]);
    expect(stages[0]!.exitCriteria).toEqual([
      { id: expect.any(String), kind: 'field', field: 'contactId', label: expect.any(String) },
      { id: expect.any(String), kind: 'activity', activityType: 'call', label: expect.any(String) },
      {
        id: expect.any(String),
        kind: 'nextActivity',
        label: 'Termin kolejnego kontaktu w kalendarzu',
      },
    ]);
    for (const stage of stages) {
      expect(stage.goal).not.toBe('');
      expect(stage.guidance).not.toBe('');
      expect(stage.exitCriteria.length).toBeGreaterThan(0);
    }

    const reasons = await lostReasonsOf(t, token);
    expect(reasons.length).toBeGreaterThanOrEqual(8);
    for (const reason of reasons) {
      expect(reason.active).toBe(true);
      expect(reason.standard.length).toBeGreaterThan(40);
    }
    expect(reasons.map((r) => r.name)).toContain('Wybór konkurencji');
    const byName = new Map(reasons.map((r) => [r.name, r]));
    const stageId = (name: string) => stages.find((s) => s.name === name)!.id;
    expect(byName.get('Za wysoka cena po negocjacjach')!.stageIds).toEqual([stageId('Negocjacje')]);
    expect(byName.get('Poza naszą grupą docelową')!.stageIds).toEqual([
      stageId('Identyfikacja'),
      stageId('Kwalifikacja'),
    ]);
    expect(byName.get('Wybór konkurencji')!.stageIds).toBeNull();
  });

  it('end-to-end in Russian: hunter, closer and account manager stages', async () => {
    const token = await workspaceFrom(t, 'end-to-end', 'ru');
    const [pipeline] = await pipelinesOf(t, token);
    expect(pipeline!.name).toBe('Сквозной процесс продаж');
    expect(pipeline!.stages.map((s) => [s.name, s.role])).toEqual([
      ['Утепление лида', 'hunter'],
      ['Контрактация', 'closer'],
      ['Выполнение обязательств', 'closer'],
      ['Развитие клиента', 'account_manager'],
    ]);
    const reasons = await lostReasonsOf(t, token);
    expect(reasons.map((r) => r.name)).toContain('Нет бюджета');
    const limited = reasons.filter((r) => r.stageIds !== null);
    const stageIds = new Set(pipeline!.stages.map((s) => s.id));
    expect(limited.length).toBeGreaterThan(0);
    for (const reason of limited) for (const id of reason.stageIds!) expect(stageIds).toContain(id);
  });

  it('empty: no pipelines and no loss reasons', async () => {
    const token = await workspaceFrom(t, 'empty', 'en');
    expect(await pipelinesOf(t, token)).toEqual([]);
    expect(await lostReasonsOf(t, token)).toEqual([]);
  });
});
