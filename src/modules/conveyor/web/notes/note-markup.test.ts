import { describe, expect, it } from 'vitest';
import { parseInline, parseNote, toEditable, toStored } from './note-markup.ts';

const ANNA = '0190c0de-0000-7000-8000-000000000001';

describe('note markup', () => {
  it('reads bold, italic, links and mentions', () => {
    expect(parseInline(`**Budget** is *fine*, see [offer](https://x.test/o) <@${ANNA}>`)).toEqual([
      { kind: 'bold', children: [{ kind: 'text', text: 'Budget' }] },
      { kind: 'text', text: ' is ' },
      { kind: 'italic', children: [{ kind: 'text', text: 'fine' }] },
      { kind: 'text', text: ', see ' },
      { kind: 'link', href: 'https://x.test/o', label: 'offer' },
      { kind: 'text', text: ' ' },
      { kind: 'mention', id: ANNA },
    ]);
  });

  it('keeps a link to anything but the web as text', () => {
    expect(parseInline('[x](javascript:alert(1))')).toEqual([
      { kind: 'text', text: '[x](javascript:alert(1)' },
      { kind: 'text', text: ')' },
    ]);
    expect(parseInline('<b>hi</b>')).toEqual([{ kind: 'text', text: '<b>hi</b>' }]);
  });

  it('groups bullet lines into one list between paragraphs', () => {
    const blocks = parseNote('Next:\n- call\n- offer\n\nThanks');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(blocks[1]).toMatchObject({
      kind: 'list',
      items: [[{ text: 'call' }], [{ text: 'offer' }]],
    });
  });

  it('shows mentions by name in the editor and stores them by id', () => {
    const anna = { id: ANNA, name: 'Anna Nowak' };
    expect(toEditable(`Hi <@${ANNA}>`, [anna])).toBe('Hi @Anna Nowak');
    expect(toStored('Hi @Anna Nowak!', [anna])).toBe(`Hi <@${ANNA}>!`);
  });
});
