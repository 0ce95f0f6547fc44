// A phone field's hint follows the workspace's country, not always Poland's (issue 17).
import { describe, expect, it } from 'vitest';
import { phoneHint } from '../../kernel/web/lib/format-phone.ts';
import { loadTranslators } from './test-translators.ts';

const { en, pl } = await loadTranslators();

describe('the phone hint', () => {
  it('shows a British number in a British workspace', () => {
    const hint = phoneHint(en, 'GB');
    expect(hint).toMatch(/^Any format, e\.g\. 07\d{3} \d{6} or \+44 7\d{3} \d{6}$/);
  });

  it('shows a Polish number in a Polish workspace, in the reader’s language', () => {
    expect(phoneHint(pl, 'PL')).toMatch(/^Dowolny format, np\. \d{3} \d{3} \d{3} lub \+48 /);
  });

  it('asks only for the country code when the workspace names no country', () => {
    expect(phoneHint(en, null)).not.toContain('+48');
    expect(phoneHint(en, null)).toContain('country code');
  });
});
