import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

// ADR 025. The harness allows 5 failed sign-ins per address a minute (loginRateLimit).
const PASSWORD = 'right password 1';

function logIn(t: TestApp, email: string, password: string, remoteAddress: string) {
  return t.request('POST', '/api/v1/auth/login', { body: { email, password }, remoteAddress });
}

async function member(t: TestApp): Promise<string> {
  const ws = await freshWorkspace(t);
  return (await addMember(t, ws, 'member', { password: PASSWORD })).email;
}

describeApi('sign-in throttling', (t) => {
  it('answers 429 to one address spraying a password over many e-mails', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await logIn(t, `spray-${i}@example.test`, 'Summer2024!', '198.51.100.1');
      statuses.push(answer.status);
      if (answer.status === 429) {
        expectProblem(answer, 429, 'rate_limited');
        expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual(Array(7).fill(429));
    // Another address is not affected.
    expect((await logIn(t, 'spray-0@example.test', 'x', '198.51.100.2')).status).toBe(401);
  });

  it('makes each further failure to an account wait longer: 1, 2, 4 s, from that address only', async () => {
    const email = await member(t);
    const start = Date.now();
    const at = (seconds: number) => t.clock.set(new Date(start + seconds * 1000));
    const attacker = '203.0.113.7';
    at(0);
    expect((await logIn(t, email, 'guess 0', attacker)).status).toBe(401); // a typo is free
    expect((await logIn(t, email, 'guess 1', attacker)).status).toBe(401);
    const first = await logIn(t, email, 'guess 2', attacker);
    expectProblem(first, 429, 'rate_limited');
    expect(first.headers['retry-after']).toBe('1');
    at(1);
    expect((await logIn(t, email, 'guess 2', attacker)).status).toBe(401);
    at(2.5);
    const second = await logIn(t, email, 'guess 3', attacker);
    expect(second.status).toBe(429);
    expect(second.headers['retry-after']).toBe('1'); // 2 s after the failure at 1 s
    at(3);
    expect((await logIn(t, email, 'guess 3', attacker)).status).toBe(401);
    at(6.9);
    expect((await logIn(t, email, PASSWORD, attacker)).status).toBe(429); // even the right one
    // The owner, elsewhere, is not slowed down; their success starts the account afresh.
    expect((await logIn(t, email, PASSWORD, '192.0.2.50')).status).toBe(200);
    at(61); // a new minute for the attacker's address (5 failures a minute in the harness)
    expect((await logIn(t, email, 'typo', attacker)).status).toBe(401);
    expect((await logIn(t, email, 'typo', attacker)).status).toBe(401);
    expect((await logIn(t, email, 'typo', attacker)).headers['retry-after']).toBe('1');
  });

  it("lets the right password in from another address after an attacker's failures", async () => {
    const email = await member(t);
    for (const guess of ['a-guess', 'b-guess', 'c-guess']) {
      const answer = await logIn(t, email, guess, '203.0.113.8');
      expect([401, 429]).toContain(answer.status);
    }
    expect((await logIn(t, email, PASSWORD, '203.0.113.8')).status).toBe(429);
    const owner = await logIn(t, email, PASSWORD, '192.0.2.51');
    expect(owner.status).toBe(200);
    expect(owner.cookies.some((c) => c.name === 'conveyor_session')).toBe(true);
  });

  it('counts IPv6 clients by their /64', async () => {
    for (let i = 0; i < 5; i++) {
      const address = `2001:db8:1:2::${(i + 1).toString(16)}`;
      expect((await logIn(t, `v6-${i}@example.test`, 'pw', address)).status).toBe(401);
    }
    expect((await logIn(t, 'v6-9@example.test', 'pw', '2001:db8:1:2:ffff::9')).status).toBe(429);
    expect((await logIn(t, 'v6-9@example.test', 'pw', '2001:db8:1:3::9')).status).toBe(401);
  });

  it('answers an authenticated read promptly while bad logins are being hashed', async () => {
    const ws = await freshWorkspace(t);
    const started = performance.now();
    let loginsDone = 0;
    const logins = Array.from({ length: 6 }, (_, i) =>
      logIn(t, `storm-${i}@example.test`, 'wrong', `198.51.100.${100 + i}`).then((answer) => {
        loginsDone = performance.now();
        return answer.status;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50)); // the hashing has begun
    const read = await t.request('GET', '/api/v1/companies', { token: ws.token });
    const readDone = performance.now();
    expect(read.status).toBe(200);
    const statuses = await Promise.all(logins);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    // Before ADR 025 the read waited for every hash (each held the connection in a transaction).
    expect(readDone).toBeLessThan(loginsDone);
    expect(readDone - started).toBeLessThan(2_000);
  });
});
