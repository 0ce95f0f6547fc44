import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { expectProblem } from '../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../server/test/test-app.ts';
import { hostnameOf, isAllowedHost } from './host-check.ts';

// ADR 025: forwarded headers only from trusted proxies, the Host check, the request timeout.

const spray = (t: TestApp, i: number, headers: Record<string, string>, remoteAddress: string) =>
  t.request('POST', '/api/v1/auth/login', {
    body: { email: `proxy-${i}@example.test`, password: 'Summer2024!' },
    headers,
    remoteAddress,
  });

describeApi(
  'X-Forwarded-For from trusted proxies only',
  (t) => {
    it('ignores X-Forwarded-For from an untrusted peer: rotating it does not escape the limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const forwarded = { 'x-forwarded-for': `192.0.2.${i + 1}` };
        statuses.push((await spray(t, i, forwarded, '198.51.100.9')).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    });

    it('honours it from a trusted proxy: each client is counted on its own', async () => {
      const viaProxy = (i: number, client: string) =>
        spray(t, i, { 'x-forwarded-for': `${client}, 10.1.2.3` }, '10.9.8.7');
      for (let i = 0; i < 5; i++) expect((await viaProxy(i, '192.0.2.200')).status).toBe(401);
      expectProblem(await viaProxy(5, '192.0.2.200'), 429, 'rate_limited');
      // Another client behind the same proxy is not limited by the first one's failures.
      expect((await viaProxy(6, '192.0.2.201')).status).toBe(401);
    });
  },
  undefined,
  { config: { trustedProxies: ['10.0.0.0/8'] } },
);

describe('isAllowedHost', () => {
  it('allows loopback names, IP literals and the public name; nothing else', () => {
    expect(hostnameOf('[::1]:3000')).toBe('::1');
    expect(hostnameOf('LocalHost:80')).toBe('localhost');
    for (const host of [
      'localhost',
      'localhost:3000',
      '127.0.0.1:3000',
      '[::1]:3000',
      '10.0.0.5',
    ]) {
      expect(isAllowedHost(host, null), host).toBe(true);
    }
    for (const host of [
      'evil.example',
      'evil.example:3000',
      'localhost.evil.example',
      '',
      undefined,
    ]) {
      expect(isAllowedHost(host, null), String(host)).toBe(false);
    }
    expect(isAllowedHost('CRM.example.com', 'crm.example.com')).toBe(true);
    expect(isAllowedHost('crm.example.com.evil.example', 'crm.example.com')).toBe(false);
  });
});

describeApi('Host check without a public URL', (t) => {
  it('answers 421 host_not_allowed to a name that is not loopback (DNS rebinding)', async () => {
    for (const host of ['evil.example', 'rebind.evil.example:3000']) {
      const answer = await t.request('GET', '/api/v1/setup', { headers: { host } });
      expectProblem(answer, 421, 'host_not_allowed');
    }
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'localhost']) {
      expect((await t.request('GET', '/api/v1/setup', { headers: { host } })).status, host).toBe(
        200,
      );
    }
  });
});

describeApi(
  'Host check with a public URL',
  (t) => {
    it('serves the public name and loopback, and refuses any other name', async () => {
      const get = (host: string) => t.request('GET', '/api/v1/setup', { headers: { host } });
      expect((await get('crm.example.com')).status).toBe(200);
      expect((await get('127.0.0.1:3000')).status).toBe(200);
      expectProblem(await get('evil.example'), 421, 'host_not_allowed');
    });
  },
  undefined,
  { config: { publicUrl: 'https://crm.example.com' } },
);

describeApi(
  'request timeout',
  (t) => {
    it('answers 408 and closes a connection whose body never finishes', async () => {
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = t.app.server.address() as AddressInfo;
      const socket = connect(port, '127.0.0.1');
      const started = performance.now();
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      const closed = new Promise<number>((resolve) =>
        socket.on('close', () => resolve(performance.now() - started)),
      );
      socket.write(
        'POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n' +
          'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":',
      );
      const after = await Promise.race([
        closed,
        new Promise<number>((resolve) => setTimeout(() => resolve(Infinity), 5_000)),
      ]);
      socket.destroy();
      expect(received).toMatch(/^HTTP\/1\.1 408/);
      expect(after).toBeGreaterThanOrEqual(400);
      expect(after).toBeLessThan(2_000);
    });
  },
  undefined,
  { config: { requestTimeoutMs: 500 } },
);
