import { describe, expect, it } from 'vitest';
import { describeApi, TEST_ORIGIN } from '../../../server/test/test-app.ts';

const setupBody = {
  workspaceName: 'Acme Sp. z o.o.',
  name: 'Anna Nowak',
  email: 'Anna@Acme.test',
  password: 'correct horse 1',
  locale: 'pl',
  timezone: 'Europe/Warsaw',
  currency: 'PLN',
  template: 'b2b-classic',
};

function cookieHeader(cookies: { name: string; value: string }[]): string {
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

describeApi('first-run setup, login and sessions', (t) => {
  it('reports setup as needed, validates every bad field and changes nothing', async () => {
    expect((await t.request('GET', '/api/v1/setup')).body).toEqual({ setupRequired: true });
    const bad = await t.request('POST', '/api/v1/setup', {
      body: {
        ...setupBody,
        email: 'nope',
        password: 'short',
        timezone: 'Mars/Olympus',
        currency: 'ZZZ',
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.code).toBe('validation_failed');
    expect((bad.body.errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'currency',
      'email',
      'password',
      'timezone',
    ]);
    expect((await t.request('GET', '/api/v1/setup')).body).toEqual({ setupRequired: true });
  });

  it('sets up once: workspace, admin, a working API token and a session cookie; then 409', async () => {
    const created = await t.request('POST', '/api/v1/setup', { body: setupBody });
    expect(created.status).toBe(201);
    const workspace = created.body.workspace as Record<string, unknown>;
    const user = created.body.user as Record<string, unknown>;
    expect(workspace).toMatchObject({
      name: 'Acme Sp. z o.o.',
      locale: 'pl',
      currency: 'PLN',
      version: 1,
    });
    expect(workspace.settings).toEqual({
      requireNextActivity: true,
      defaultCountry: 'PL',
      exchangeRates: {},
      permissions: {
        manager: { view: 'all', edit: 'all' },
        member: { view: 'all', edit: 'team' },
      },
    });
    expect(user).toMatchObject({ email: 'anna@acme.test', role: 'admin' });
    expect(user).not.toHaveProperty('passwordHash');

    const apiToken = created.body.apiToken as string;
    const viaToken = await t.request('GET', '/api/v1/me', { token: apiToken });
    expect(viaToken.status).toBe(200);
    expect((viaToken.body.user as { id: string }).id).toBe(user.id);

    const session = created.cookies.find((c) => c.name === 'conveyor_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    const viaCookie = await t.request('GET', '/api/v1/me', {
      cookie: cookieHeader(created.cookies),
    });
    expect(viaCookie.status).toBe(200);

    const again = await t.request('POST', '/api/v1/setup', {
      body: { ...setupBody, email: 'other@acme.test' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_set_up');
    expect((await t.request('GET', '/api/v1/setup')).body).toEqual({ setupRequired: false });
  });

  it('logs in case-insensitively by e-mail, refuses a wrong password, and logs out', async () => {
    const wrong = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'anna@acme.test', password: 'wrong password' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    const unknown = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'nobody@acme.test', password: 'whatever1' },
    });
    expect(unknown.body.code).toBe('invalid_credentials');

    const ok = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'ANNA@acme.test', password: setupBody.password },
    });
    expect(ok.status).toBe(200);
    expect((ok.body.user as { name: string }).name).toBe('Anna Nowak');
    const cookie = cookieHeader(ok.cookies);
    expect((await t.request('GET', '/api/v1/me', { cookie })).status).toBe(200);

    const out = await t.request('POST', '/api/v1/auth/logout', { cookie });
    expect(out.status).toBe(204);
    const after = await t.request('GET', '/api/v1/me', { cookie });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('unauthenticated');
  });

  it('slows repeated failed logins to one account with 429 and Retry-After, never locks others', async () => {
    // The old rule (5 failures per address and e-mail, then 429) is now a growing delay per
    // account and address (ADR 025; the throttle's own tests are in sign-in-throttle.test.ts).
    const attempt = () =>
      t.request('POST', '/api/v1/auth/login', {
        body: { email: 'brute@acme.test', password: 'guess-guess' },
      });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401); // a first typo costs nothing
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBe('1');
    // Another account is not locked out by it.
    const other = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'anna@acme.test', password: setupBody.password },
    });
    expect(other.status).toBe(200);
  });

  describe('CSRF protection of cookie-authenticated writes', () => {
    it('refuses a cross-site write with the cookie and accepts a same-origin one', async () => {
      const ok = await t.request('POST', '/api/v1/auth/login', {
        body: { email: 'anna@acme.test', password: setupBody.password },
      });
      const cookie = cookieHeader(ok.cookies);
      const body = { name: 'Cross-site Ltd' };
      const evil = await t.request('POST', '/api/v1/companies', {
        cookie,
        body,
        headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      });
      expect(evil.status).toBe(403);
      expect(evil.body.code).toBe('forbidden');
      const noEvidence = await t.request('POST', '/api/v1/companies', {
        body,
        headers: { cookie },
      });
      expect(noEvidence.status).toBe(403);
      const list = await t.request('GET', '/api/v1/companies?q=cross-site', { cookie });
      expect(list.body.items).toEqual([]);

      const same = await t.request('POST', '/api/v1/companies', {
        cookie,
        body,
        headers: { origin: TEST_ORIGIN },
      });
      expect(same.status).toBe(201);
    });
  });
});
