import { describe, expect, it } from 'vitest';
import type { Db } from './connection.ts';
import { cacheReadsOn, cachedRead, forgetReads } from './read-cache.ts';

// The memo only keys on the transaction object; no statement is sent in these tests.
const transaction = () => ({}) as Db;

function counter<T>(value: () => T) {
  let reads = 0;
  return {
    load: () => {
      reads += 1;
      return Promise.resolve(value());
    },
    reads: () => reads,
  };
}

describe('the read memo of a batch', () => {
  it('reads every time on a transaction that did not ask for it', async () => {
    const tx = transaction();
    const row = counter(() => ({ name: 'Acme' }));
    await cachedRead(tx, 'company:1', row.load);
    await cachedRead(tx, 'company:1', row.load);
    expect(row.reads()).toBe(2);
  });

  it('reads once per key while on, and hands each caller its own copy', async () => {
    const tx = transaction();
    const stop = cacheReadsOn(tx);
    const row = counter(() => ({ name: 'Acme' }));
    const first = await cachedRead(tx, 'company:1', row.load);
    first.name = 'changed by a caller';
    const second = await cachedRead(tx, 'company:1', row.load);
    expect(second).toEqual({ name: 'Acme' });
    expect(row.reads()).toBe(1);
    stop();
    await cachedRead(tx, 'company:1', row.load);
    expect(row.reads()).toBe(2);
  });

  it('never keeps "not found": the row may be inserted next', async () => {
    const tx = transaction();
    const stop = cacheReadsOn(tx);
    const missing = counter(() => null);
    await cachedRead(tx, 'member:1', missing.load);
    await cachedRead(tx, 'member:1', missing.load);
    expect(missing.reads()).toBe(2);
    stop();
  });

  it('forgets the kinds a write names, in every memo, and keeps the others', async () => {
    const tx = transaction();
    const savepoint = transaction();
    const stop = cacheReadsOn(tx);
    const member = counter(() => ({ teamId: 'a' }));
    const workspace = counter(() => ({ timezone: 'Europe/London' }));
    await cachedRead(tx, 'member:1', member.load);
    await cachedRead(tx, 'workspace:1', workspace.load);
    // A write through another transaction object (a savepoint) still reaches the memo.
    expect(savepoint).not.toBe(tx);
    forgetReads('member', 'active');
    await cachedRead(tx, 'member:1', member.load);
    await cachedRead(tx, 'workspace:1', workspace.load);
    expect(member.reads()).toBe(2);
    expect(workspace.reads()).toBe(1);
    stop();
  });
});
