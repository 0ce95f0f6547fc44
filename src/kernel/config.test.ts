import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig: empty start', () => {
  it('builds the demo on an empty database unless --empty or CONVEYOR_EMPTY says otherwise', () => {
    expect(loadConfig({}, {}).empty).toBe(false);
    expect(loadConfig({ empty: true }, {}).empty).toBe(true);
    expect(loadConfig({}, { CONVEYOR_EMPTY: 'true' }).empty).toBe(true);
    expect(loadConfig({}, { CONVEYOR_EMPTY: 'false' }).empty).toBe(false);
  });
});

describe('loadConfig: trusted proxies and the request timeout', () => {
  it('trusts no proxy unless CONVEYOR_TRUSTED_PROXIES lists addresses or CIDR blocks', () => {
    expect(loadConfig({}, {}).trustedProxies).toEqual([]);
    expect(
      loadConfig({}, { CONVEYOR_TRUSTED_PROXIES: ' 127.0.0.1, 10.0.0.0/8,::1 ,fd00::/8' })
        .trustedProxies,
    ).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
    for (const bad of ['proxy.example', '10.0.0.0/33', '1.2.3', '::1/129', '10.0.0.1/8/1']) {
      expect(() => loadConfig({}, { CONVEYOR_TRUSTED_PROXIES: bad })).toThrow(/trustedProxies/);
    }
  });

  it('cuts a request that takes longer than 60 s to arrive unless told otherwise', () => {
    expect(loadConfig({}, {}).requestTimeoutMs).toBe(60_000);
    expect(loadConfig({}, { CONVEYOR_REQUEST_TIMEOUT_MS: '500' }).requestTimeoutMs).toBe(500);
  });
});
