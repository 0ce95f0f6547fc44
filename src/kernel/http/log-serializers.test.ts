import { describe, expect, it } from 'vitest';
import { errorForLog, errorForTerminal, redactMessage } from './log-serializers.ts';

describe('redactMessage', () => {
  it.each([
    [
      'Failed query: select 1 where email = $1\nparams: anna@acme.test,42',
      'Failed query: select 1 where email = $1\nparams: [redacted]',
    ],
    [
      'invalid input syntax for type uuid: "anna@acme.test"',
      'invalid input syntax for type uuid: "[redacted]"',
    ],
    [
      'Key (lower(email))=(anna@acme.test) already exists.',
      'Key (lower(email))=([redacted]) already exists.',
    ],
    [
      'duplicate key value violates unique constraint "users_email_key"',
      'duplicate key value violates unique constraint "users_email_key"',
    ],
  ])('%j', (message, expected) => {
    expect(redactMessage(message)).toBe(expected);
  });
});

describe('errorForLog', () => {
  it('drops the fields of a database error that carry values, in the causes too', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "u"'), {
      code: '23505',
      constraint: 'u',
      detail: 'Key (email)=(anna@acme.test) already exists.',
      where: 'anna',
      hint: 'anna',
    });
    const error = Object.assign(new Error('Failed query: insert $1\nparams: anna@acme.test'), {
      query: 'insert $1',
      params: ['anna@acme.test'],
      cause,
    });
    const logged = JSON.stringify(errorForLog(error));
    expect(logged).not.toContain('anna');
    expect(logged).toContain('"code":"23505"');
    expect(logged).toContain('"constraint":"u"');
    expect(logged).toContain('"query":"insert $1"');
  });
});

describe('errorForTerminal', () => {
  it('prints the stacks and SQLSTATE of the chain without the values', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "u"'), {
      code: '23505',
      constraint: 'u',
      detail: 'Key (email)=(anna@acme.test) already exists.',
    });
    const error = new Error('Failed query: insert $1\nparams: anna@acme.test', { cause });
    const text = errorForTerminal(error);
    expect(text).not.toContain('anna');
    expect(text).toMatch(/^Error: Failed query: insert \$1\nparams: \[redacted\]\n\s+at /);
    expect(text).toContain('Caused by: Error: duplicate key value violates unique constraint "u"');
    expect(text).toContain('[23505 u]');
  });
});
