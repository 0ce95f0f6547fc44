// The "invalid" half of the fuzzer: values no schema should let through, or that stress what
// lies behind it — wrong types, boundary numbers and dates, huge strings, control characters
// (NUL above all), lone surrogates, ids that are not ids or name nothing or someone else's.
import fc from 'fast-check';
import type { JsonSchema } from './openapi-operations.ts';

export const ONE_MB = 1024 * 1024;

/** Texts with characters PostgreSQL or a spreadsheet or a terminal would choke on. */
const NASTY_TEXT = [
  '\u0000',
  'a\u0000b',
  'name\u0000',
  '\ud800',
  'x\udfffy',
  '\udc00\ud800',
  '\u0001\u0007\u001b[31m\u007f',
  '\r\n\t\v\f',
  '\u2028\u2029\u202e\ufeff\ufffe\uffff',
  '😀\u200d👩',
  '',
  ' ',
  'null',
  'undefined',
  'true',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  "' or 1=1 --",
  '"; drop table deals; --',
  '${7*7}{{7*7}}',
  '=HYPERLINK("http://evil")',
  '../../etc/passwd',
  '%00%ff',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
];

const BOUNDARY_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  0.001,
  1e-9,
  -1e-9,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53 - 1,
  2 ** 53 + 2,
  -(2 ** 63),
  1e21,
  1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  123.456,
];

const HOSTILE_DATES = [
  '0000-01-01',
  '0001-01-01',
  '1969-12-31',
  '1970-01-01',
  '2026-02-29',
  '2024-02-29',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '9999-12-31',
  '10000-01-01',
  '+275760-09-13',
  '2026-W00',
  '2026-W53',
  '2026-W54',
  '9999-W99',
  '2026-11-23T24:00:00Z',
  '2026-11-23T23:59:60Z',
  '2026-11-23T09:30:00+25:00',
  '1970-01-01T00:00:00Z',
  '2038-01-19T03:14:08Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '2026-11-23T09:30:00',
  '2026-11',
  '2026-99',
  '0000-00',
];

const BAD_IDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '123',
  '0',
  '-1',
  '1 OR 1=1',
  '{{id}}',
  '00000000-0000-0000-0000-00000000000g',
  '018f0000-0000-7000-8000-00000000000',
];

export interface HostileContext {
  /** Ids of the other workspace (a request must never reach them). */
  foreignIds: string[];
  /** Ids of the fuzzed workspace, for near-misses (upper case, with spaces). */
  ownIds: string[];
}

function ids(ctx: HostileContext): fc.Arbitrary<string> {
  const choices: fc.Arbitrary<string>[] = [fc.constantFrom(...BAD_IDS), fc.uuid()];
  if (ctx.foreignIds.length) choices.push(fc.constantFrom(...ctx.foreignIds));
  if (ctx.ownIds.length) {
    choices.push(
      fc
        .tuple(fc.constantFrom(...ctx.ownIds), fc.constantFrom('upper', ' pad', 'nul', 'cut'))
        .map(([id, how]) =>
          how === 'upper'
            ? id.toUpperCase()
            : how === ' pad'
              ? ` ${id} `
              : how === 'nul'
                ? `${id}\u0000`
                : id.slice(0, 35),
        ),
    );
  }
  return fc.oneof(...choices);
}

/** A long string: mostly 1k–100k characters, now and then over a megabyte (the body limit). */
export const longString = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(256, 1001, 10_000, 100_000) },
    { weight: 1, arbitrary: fc.constant(ONE_MB + 1) },
  )
  .chain((length) =>
    fc
      .constantFrom('a', 'ł', '😀', '\u0000')
      .map((c) => c.repeat(c === '\u0000' ? Math.min(length, 1001) : length)),
  );

/** Numbers just outside (and on) the schema's own bounds. */
function boundaries(schema: JsonSchema | undefined): number[] {
  const found: number[] = [];
  for (const bound of [
    schema?.minimum,
    schema?.maximum,
    schema?.exclusiveMinimum,
    schema?.exclusiveMaximum,
  ]) {
    if (bound !== undefined) found.push(bound - 1, bound - 0.5, bound, bound + 0.5, bound + 1);
  }
  for (const length of [schema?.minLength, schema?.maxLength]) {
    if (length !== undefined) found.push(length);
  }
  return found;
}

/** Any value a hostile client might put where `schema` is expected. */
export function hostileValue(
  schema: JsonSchema | undefined,
  ctx: HostileContext,
): fc.Arbitrary<unknown> {
  const numbers = [...BOUNDARY_NUMBERS, ...boundaries(schema)];
  const overLength = schema?.maxLength !== undefined ? ['x'.repeat(schema.maxLength + 1)] : [];
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...NASTY_TEXT, ...overLength) },
    { weight: 6, arbitrary: fc.constantFrom(...numbers) },
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
    { weight: 6, arbitrary: ids(ctx) },
    { weight: 1, arbitrary: longString },
    {
      weight: 4,
      arbitrary: fc.constantFrom<unknown>(
        true,
        false,
        null,
        [],
        {},
        [null],
        { a: 1 },
        [[[[[]]]]],
        '[]',
        '{}',
      ),
    },
    { weight: 2, arbitrary: fc.constantFrom(...numbers).map(String) },
  );
}

/** A hostile text only (for query strings, path segments and string leaves). */
export function hostileText(ctx: HostileContext): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NASTY_TEXT) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
    { weight: 3, arbitrary: ids(ctx) },
    { weight: 2, arbitrary: fc.constantFrom(...BOUNDARY_NUMBERS).map(String) },
    { weight: 1, arbitrary: longString.map((s) => s.slice(0, 20_000)) },
  );
}

/** Byte sequences that are not UTF-8: a lone continuation byte, an encoded surrogate, an overlong. */
export const INVALID_UTF8: readonly number[][] = [
  [0xff],
  [0xfe, 0xff],
  [0x80],
  [0xc3],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  [0x61, 0xf8, 0x88, 0x80, 0x80, 0x80],
];

/** Percent-escapes that do not decode to UTF-8 text, or do not decode at all. */
export const RAW_ESCAPES = [
  '%ff',
  '%ED%A0%80',
  '%C0%AF',
  '%00',
  'a%00b',
  '%',
  '%zz',
  '%E2%82',
  '%uD800',
];

export const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/jsonx',
  'application/*',
  '',
];

export const HEADER_ABUSE: [string, string][] = [
  ['if-match', '"abc"'],
  ['if-match', '-1'],
  ['if-match', '"99999999999999999999999"'],
  ['if-match', 'W/"1"'],
  ['if-match', '*'],
  ['if-match', '"1", "2"'],
  ['if-match', '"0"'],
  ['if-match', '1e3'],
  ['if-match', 'x'.repeat(8_000)],
  ['authorization', 'Bearer '],
  ['authorization', 'Bearer not-a-token'],
  ['authorization', 'Basic YWRtaW46YWRtaW4='],
  ['authorization', `Bearer ${'a'.repeat(8_000)}`],
  ['cookie', 'conveyor_session=forged; conveyor_session=again'],
  ['cookie', `conveyor_session=${'x'.repeat(8_000)}`],
  ['accept', 'text/csv'],
  ['accept', 'application/xml'],
  ['accept-language', 'xx-ĄĘ;q=2'],
  ['x-forwarded-for', '1.2.3.4, ::1, not-an-ip'],
  ['origin', 'https://evil.example'],
  ['sec-fetch-site', 'cross-site'],
  ['content-encoding', 'gzip'],
  ['transfer-encoding', 'chunked'],
];
