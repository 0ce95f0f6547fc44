// The scanner behind the contract-lists tests (src/web, src/server): a deliberate copy must be
// caught, or those tests would pass on nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, checkCopies, findCopies, type ContractList } from './scan.ts';

const lists: ContractList[] = [
  { name: 'ACTIVITY_TYPES', values: new Set(['call', 'meeting', 'email', 'task']) },
];

describe('the scanner', () => {
  it('finds a copied list, as an array (also `as const`) or a union type, with its line', () => {
    const text = [
      "const TYPES = ['call', 'meeting', 'email', 'task'] as const;",
      "type Planned = 'call' | 'meeting';",
      "const options = [{ value: 'x', kinds: [`email`, 'task'] }];",
      "const data = [{ value: 'call', label: t('call') }, { value: 'task', label: t('task') }];",
      "const column = text('type', { enum: ['call', 'task'] });",
      "const schema = z.enum(['meeting', 'email']);",
    ].join('\n');
    expect(findCopies('copy.ts', text, lists)).toEqual([
      {
        file: 'copy.ts',
        line: 1,
        values: ['call', 'meeting', 'email', 'task'],
        list: 'ACTIVITY_TYPES',
      },
      { file: 'copy.ts', line: 2, values: ['call', 'meeting'], list: 'ACTIVITY_TYPES' },
      { file: 'copy.ts', line: 3, values: ['email', 'task'], list: 'ACTIVITY_TYPES' },
      { file: 'copy.ts', line: 4, values: ['call', 'task'], list: 'ACTIVITY_TYPES' },
      { file: 'copy.ts', line: 5, values: ['call', 'task'], list: 'ACTIVITY_TYPES' },
      { file: 'copy.ts', line: 6, values: ['meeting', 'email'], list: 'ACTIVITY_TYPES' },
    ]);
  });

  it('leaves alone one value, other values, and lists built from the contract', () => {
    const text = [
      "const one = ['call'];",
      "const same = ['call', 'call'];",
      "const mixed = ['call', 'lunch'];",
      "type Mixed = 'call' | number;",
      "const derived = ACTIVITY_TYPES.filter((type) => type !== 'task');",
      "const more = [{ value: 'call' }, ...ACTIVITY_TYPES.map((value) => ({ value }))];",
      'const schema = z.enum(ACTIVITY_TYPES);',
    ].join('\n');
    expect(findCopies('fine.tsx', text, lists)).toEqual([]);
  });

  it('reports a copy no entry allows, and an allow-list entry that matches nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-lists-'));
    const file = join(dir, 'copy.ts');
    writeFileSync(file, "const a = ['call', 'task'];\nconst b = ['email', 'meeting'];\n");
    const { copies, stale } = checkCopies([file], lists, [
      { file: relative(ROOT, file), values: ['task', 'call'], reason: 'allowed, in any order' },
      { file: relative(ROOT, file), values: ['call', 'meeting'], reason: 'stale' },
    ]);
    expect(copies).toEqual([`${relative(ROOT, file)}:2 [email, meeting] copies ACTIVITY_TYPES`]);
    expect(stale.map((entry) => entry.reason)).toEqual(['stale']);
  });
});
