// What the server can say, the web can show: every error code of the contract has a message and
// every event type a label, in every language (no raw code reaches a person).
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../contract/error-codes.ts';
import {
  BOOKKEEPING_EVENT_TYPES,
  EVENT_TYPES,
  MEASURABLE_EVENT_TYPES,
} from '../../contract/event-types.ts';
import { SEARCH_KINDS } from '../../contract/search.ts';
import { en, pl, ru, type Tree } from './resources.ts';

const locales: Record<string, Tree> = { en, pl, ru };

function text(tree: Tree, path: string): string | undefined {
  let node: Tree | string | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

describe.each(Object.entries(locales))('%s', (_language, tree) => {
  it('has a message for every error code of the contract', () => {
    const missing = ERROR_CODES.filter((code) => !text(tree, `errors.${code}`));
    expect(missing).toEqual([]);
  });

  it('has a label for every event type of the catalogue', () => {
    const missing = EVENT_TYPES.filter(
      (type) => !text(tree, `map.event.${type.replace('.', '_')}`),
    );
    expect(missing).toEqual([]);
  });

  it('names every kind of record the search finds', () => {
    const missing = SEARCH_KINDS.filter((kind) => !text(tree, `search.kind.${kind}`));
    expect(missing).toEqual([]);
  });
});

describe('the event catalogue', () => {
  it('is split without overlap into what lamps measure and bookkeeping', () => {
    const split = [...MEASURABLE_EVENT_TYPES, ...BOOKKEEPING_EVENT_TYPES];
    expect(new Set(split).size).toBe(split.length);
    expect([...split].sort()).toEqual([...EVENT_TYPES].sort());
  });
});
