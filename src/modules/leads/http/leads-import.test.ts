import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { activities } from '../../conveyor/db/schema.ts';
import { events } from '../../../kernel/db/schema/events.ts';
import { leads } from '../db/schema.ts';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { addHunter, createLead, type LeadBody } from '../../../server/test/lead-fixtures.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

const csvFile = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../../server/test/csv', name), 'utf8');
const POLISH = csvFile('prospects-pl-semicolon.csv');
const ENGLISH = csvFile('prospects-en-comma.csv');

interface Report {
  columns: string[];
  delimiter: string;
  mapping: Record<string, string | null>;
  ready: boolean;
  rows: number;
  validRows: number;
  invalidRows: number;
  problems: {
    row: number;
    field: string | null;
    code: string;
    duplicateOf?: Record<string, unknown>;
  }[];
  sample: {
    row: number;
    name: string;
    companyName: string | null;
    email: string | null;
    phone: string | null;
  }[];
  imported?: number;
  assigned?: number;
  queued?: number;
  importId?: string;
}

async function post(t: TestApp, token: string, path: string, body: unknown, status: number) {
  const answer = await t.request('POST', `/api/v1/leads/imports${path}`, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer.body as unknown as Report;
}

async function counts(t: TestApp, workspaceId: string) {
  const n = async (table: typeof leads | typeof activities | typeof events) =>
    (
      await t.database.db
        .select({ n: count() })
        .from(table)
        .where(eq(table.workspaceId, workspaceId))
    )[0]!.n;
  return { leads: await n(leads), activities: await n(activities), events: await n(events) };
}

/** An existing lead and contact that rows of the Polish file repeat. */
async function existingRecords(t: TestApp, ws: WorkspaceFixture) {
  await createLead(t, ws.token, { name: 'Olga S.', email: 'olga@smirnova.example' });
  const contact = await t.request('POST', '/api/v1/contacts', {
    token: ws.token,
    body: { name: 'Tomasz Wójcik', phone: '+48 22 555 01 02' },
  });
  expect(contact.status, JSON.stringify(contact.body)).toBe(201);
  return contact.body.id as string;
}

describeApi('leads: prospect list import', (t) => {
  it('dry run: BOM, semicolons, quotes, a line break in a cell, Polish and Russian — every bad row named, nothing written', async () => {
    const ws = await freshWorkspace(t);
    const contactId = await existingRecords(t, ws);
    const before = await counts(t, ws.workspaceId);
    const report = await post(
      t,
      ws.token,
      '/dry-run',
      { csv: POLISH, campaign: 'targi-2026' },
      200,
    );
    expect(report).toMatchObject({
      columns: ['Imię i nazwisko', 'Firma', 'E-mail', 'Telefon', 'Uwagi'],
      delimiter: ';',
      mapping: { name: 'Imię i nazwisko', companyName: 'Firma', email: 'E-mail', phone: 'Telefon' },
      ready: true,
      rows: 10,
      validRows: 4,
      invalidRows: 6,
    });
    expect(report.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [5, 'name', 'missing_name'],
      [6, 'email', 'bad_email'],
      [7, 'phone', 'bad_phone'],
      [9, 'email', 'duplicate_in_file'],
      [10, 'email', 'duplicate_lead'],
      [11, 'phone', 'duplicate_contact'],
    ]);
    expect(report.problems[3]!.duplicateOf).toEqual({ row: 2 });
    expect(report.problems[5]!.duplicateOf).toEqual({ contactId });
    expect(report.sample).toEqual([
      {
        row: 2,
        name: 'Zażółć Gęślą',
        companyName: 'Jaźń; Spółka z o.o.',
        email: 'zazolc@jazn.pl',
        phone: '+48601234567',
      },
      {
        row: 3,
        name: 'Дмитрий Иванов',
        companyName: 'ООО «Ромашка»',
        email: 'dmitry@romashka.ru',
        phone: '+74951234567',
      },
      {
        row: 4,
        name: 'Anna Kowalska',
        companyName: 'Kowalska\nDesign',
        email: 'anna@kowalska.design',
        phone: null,
      },
      {
        row: 12,
        name: 'Katarzyna Lewandowska',
        companyName: 'Lewandowska Studio',
        email: 'kasia@lewandowska.studio',
        phone: '+48605000111',
      },
    ]);
    expect(await counts(t, ws.workspaceId)).toEqual(before);
  });

  it('imports the good rows as outbound leads of the campaign, routed within limits, the rest queued, each with a first-touch task', async () => {
    const ws = await freshWorkspace(t);
    const h1 = await addHunter(t, ws, 3);
    const h2 = await addHunter(t, ws, 1);
    // The existing lead takes one of the four places the hunters have.
    await existingRecords(t, ws);
    t.clock.set('2026-11-23T09:00:00Z');
    const result = await post(
      t,
      ws.token,
      '',
      { csv: POLISH, campaign: 'targi-2026', medium: 'trade_fair' },
      201,
    );
    expect(result).toMatchObject({
      imported: 4,
      assigned: 3,
      queued: 1,
      validRows: 4,
      invalidRows: 6,
    });
    expect(result.problems).toHaveLength(6);

    const inbox = await t.request('GET', '/api/v1/leads?channel=outbound&limit=50', {
      token: ws.token,
    });
    const imported = (inbox.body.items as LeadBody[]).filter(
      (l) => l.source.campaign === 'targi-2026',
    );
    expect(imported.map((l) => l.name).sort()).toEqual([
      'Anna Kowalska',
      'Katarzyna Lewandowska',
      'Zażółć Gęślą',
      'Дмитрий Иванов',
    ]);
    for (const l of imported) {
      expect(l).toMatchObject({
        status: 'new',
        source: { channel: 'outbound', medium: 'trade_fair', campaign: 'targi-2026' },
      });
    }
    expect(imported.filter((l) => l.ownerId === null)).toHaveLength(1);
    const load = await t.request('GET', '/api/v1/leads/load', { token: ws.token });
    const people = load.body.people as { userId: string; openLeads: number }[];
    expect(people.find((p) => p.userId === h1.id)?.openLeads).toBe(3);
    expect(people.find((p) => p.userId === h2.id)?.openLeads).toBe(1);
    expect(load.body.unassigned).toBe(1);

    const tasks = await t.database.db
      .select()
      .from(activities)
      .where(and(eq(activities.workspaceId, ws.workspaceId), eq(activities.type, 'task')));
    expect(tasks).toHaveLength(4);
    const byLead = new Map(tasks.map((a) => [a.leadId, a]));
    for (const l of imported) {
      expect(byLead.get(l.id)).toMatchObject({
        ownerId: l.ownerId,
        doneAt: null,
        subject: `First touch: ${l.name} (targi-2026)`,
      });
    }

    const history = await t.request('GET', `/api/v1/leads/${imported[0]!.id}/history`, {
      token: ws.token,
    });
    const created = (history.body.items as Record<string, unknown>[]).find(
      (i) => i.type === 'lead.created',
    );
    expect(created).toMatchObject({
      origin: { importId: result.importId },
      source: { channel: 'outbound', medium: 'trade_fair', campaign: 'targi-2026' },
    });
    // The same file again: every good row is now a duplicate of an imported lead.
    const again = await post(t, ws.token, '/dry-run', { csv: POLISH, campaign: 'targi-2026' }, 200);
    expect(again.validRows).toBe(0);
    expectProblem(
      await t.request('POST', '/api/v1/leads/imports', {
        token: ws.token,
        body: { csv: POLISH, campaign: 'x' },
      }),
      400,
      'validation_failed',
    );
  });

  it('takes an explicit mapping and separator; refuses unknown columns, members and empty input', async () => {
    const ws = await freshWorkspace(t);
    const mapping = { name: 'Company', email: 'Email' };
    const report = await post(
      t,
      ws.token,
      '/dry-run',
      { csv: ENGLISH, campaign: 'c', mapping, delimiter: ',' },
      200,
    );
    expect(report.mapping).toEqual({
      name: 'Company',
      companyName: null,
      email: 'Email',
      phone: null,
    });
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([[5, 'missing_name']]);
    expect(report.sample[0]).toEqual({
      row: 2,
      name: 'Walker, Sons & Co',
      companyName: null,
      email: 'alice@walker.example',
      phone: null,
    });

    const guessed = await post(t, ws.token, '/dry-run', { csv: ENGLISH, campaign: 'c' }, 200);
    expect(guessed).toMatchObject({
      mapping: { name: 'Full name', companyName: 'Company', email: 'Email', phone: 'Phone' },
      validRows: 5,
      invalidRows: 0,
    });

    const unknown = await t.request('POST', '/api/v1/leads/imports/dry-run', {
      token: ws.token,
      body: { csv: ENGLISH, campaign: 'c', mapping: { name: 'Nome', phone: 'Telefono' } },
    });
    expect(errorPaths(unknown).sort()).toEqual(['mapping.name', 'mapping.phone']);
    expect(
      errorPaths(
        await t.request('POST', '/api/v1/leads/imports', {
          token: ws.token,
          body: { csv: '', campaign: ' ' },
        }),
      ).sort(),
    ).toEqual(['campaign', 'csv']);
    const noName = await post(
      t,
      ws.token,
      '/dry-run',
      { csv: 'Firma,Miasto\nACME,Kraków\n', campaign: 'c' },
      200,
    );
    expect(noName).toMatchObject({ ready: false, rows: 1, validRows: 0, mapping: { name: null } });

    const member = await addMember(t, ws, 'member');
    expectProblem(
      await t.request('POST', '/api/v1/leads/imports', {
        token: member.token,
        body: { csv: ENGLISH, campaign: 'c' },
      }),
      403,
      'forbidden',
    );
    expect((await counts(t, ws.workspaceId)).leads).toBe(0);
  });

  it('a malformed row is reported, not guessed; thousands of rows import in one go within the limits', async () => {
    const ws = await freshWorkspace(t);
    const broken = 'Name,Email\nAda,ada@x.example\nBob, Jr.,bob@x.example\n';
    const report = await post(t, ws.token, '/dry-run', { csv: broken, campaign: 'c' }, 200);
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([[3, 'malformed_row']]);
    expect(report.validRows).toBe(1);

    const hunters = [await addHunter(t, ws, 700), await addHunter(t, ws, 700)];
    const lines = ['Name;Company;Email;Phone'];
    for (let i = 0; i < 2000; i += 1)
      lines.push(`Prospect ${i};Firma ${i % 97};p${i}@list.example;`);
    const started = Date.now();
    const result = await post(t, ws.token, '', { csv: lines.join('\r\n'), campaign: 'bulk' }, 201);
    const seconds = (Date.now() - started) / 1000;
    expect(result).toMatchObject({ imported: 2000, assigned: 1400, queued: 600 });
    const load = await t.request('GET', '/api/v1/leads/load', { token: ws.token });
    const people = load.body.people as { userId: string; openLeads: number }[];
    for (const h of hunters) expect(people.find((p) => p.userId === h.id)?.openLeads).toBe(700);
    expect(load.body.unassigned).toBe(600);
    expect(await counts(t, ws.workspaceId)).toMatchObject({ leads: 2000, activities: 2000 });
    // Batched writes: generous on a shared 2-core machine, far below one transaction per row.
    expect(seconds).toBeLessThan(60);
  });
});
