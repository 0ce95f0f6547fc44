import { describe, expect, it } from 'vitest';
import { mentionedIds, noteTextErrors } from './note-text.ts';

const ANNA = '0190c0de-0000-7000-8000-000000000001';

describe('note text', () => {
  it('finds each mentioned member once', () => {
    expect(mentionedIds(`Hi <@${ANNA}> and <@${ANNA.toUpperCase()}>`)).toEqual([ANNA]);
  });

  it('accepts http and https links and refuses any other scheme', () => {
    expect(noteTextErrors('see [site](https://example.com/a?b=1)')).toEqual([]);
    expect(noteTextErrors('see [x](javascript:alert(1))')).toHaveLength(1);
    expect(noteTextErrors('   ')).toEqual([{ path: 'text', message: 'Required' }]);
  });
});
