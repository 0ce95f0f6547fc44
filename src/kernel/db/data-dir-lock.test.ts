import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './connection.ts';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'conveyor-lock-'));

describe('the embedded data directory lock', () => {
  it('refuses a second holder with a message naming the directory and the process', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`${dir}.*pid ${process.pid}`));
    lock.release();
    lockDataDir(dir).release(); // free again once released
    expect(existsSync(join(dir, 'conveyor.lock'))).toBe(false);
  });

  it('refuses while another live process holds it, and takes over a dead one', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(dir, 'conveyor.lock'), String(child.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    } finally {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
    }
    // The holder died without releasing: the lock is stale and is taken over.
    lockDataDir(dir).release();
  });

  // Two first opens of a data directory: ~5 s each on a quiet machine, far more on a busy one.
  it(
    'keeps a second PGlite database from opening the same directory',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const first = await openDatabase({ kind: 'pglite', dataDir: dir });
      try {
        await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toBeInstanceOf(
          DataDirLockedError,
        );
      } finally {
        await first.close();
      }
      const again = await openDatabase({ kind: 'pglite', dataDir: dir });
      await again.close();
    },
  );
});
