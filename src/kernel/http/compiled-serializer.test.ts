import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compiledSerializer } from './compiled-serializer.ts';

// What every API answer is made of: ids, nullable scalars and objects, enums, integers,
// optional fields, nested arrays — in an order the data does not follow.
const Shape = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(['open', 'won', 'lost']),
  value: z.number().nullable(),
  count: z.number().int(),
  ok: z.literal('ok'),
  done: z.boolean(),
  note: z.string().nullable().optional(),
  source: z.object({ channel: z.string(), medium: z.string().nullable() }).nullable(),
  checks: z.array(z.object({ criterionId: z.string(), done: z.boolean() })),
  tags: z.array(z.string()).optional(),
});

const zodBytes = (schema: z.ZodType, data: unknown) => JSON.stringify(schema.encode(data));

describe('compiled serialiser', () => {
  it('prints exactly what zod prints, in the schema order, without unknown keys', () => {
    const serialize = compiledSerializer(Shape)!;
    expect(serialize).not.toBeNull();
    const value = {
      extra: 'dropped',
      checks: [{ done: true, criterionId: 'c"1\n', junk: 1 }],
      source: { medium: null, channel: 'inbound' },
      done: false,
      ok: 'ok' as const,
      count: 3,
      value: null,
      status: 'won' as const,
      title: 'ACME — 40 licences ✓ \u2028',
      id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    };
    expect(serialize(value)).toBe(zodBytes(Shape, value));
    expect(serialize({ ...value, note: 'n', tags: [], source: null, value: -0.5 })).toBe(
      zodBytes(Shape, { ...value, note: 'n', tags: [], source: null, value: -0.5 }),
    );
  });

  it('agrees with zod on arbitrary valid values', () => {
    const serialize = compiledSerializer(Shape)!;
    const text = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(
        fc.record(
          {
            id: fc.uuid({ version: 7 }),
            title: text,
            status: fc.constantFrom('open', 'won', 'lost'),
            value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
            count: fc.integer(),
            ok: fc.constant('ok'),
            done: fc.boolean(),
            note: fc.option(text),
            source: fc.option(fc.record({ channel: text, medium: fc.option(text) })),
            checks: fc.array(fc.record({ criterionId: text, done: fc.boolean() })),
            tags: fc.array(text),
          },
          {
            requiredKeys: [
              'id',
              'title',
              'status',
              'value',
              'count',
              'ok',
              'done',
              'source',
              'checks',
            ],
          },
        ),
        (value) => {
          expect(serialize(value)).toBe(zodBytes(Shape, value));
        },
      ),
    );
  });

  it('leaves to zod what JSON Schema cannot say as zod prints it', () => {
    const fallbacks: Record<string, z.ZodType> = {
      transform: z.object({ n: z.string().transform(Number) }),
      date: z.object({ at: z.date() }),
      default: z.object({ n: z.number().default(1) }),
      union: z.object({ v: z.union([z.string(), z.number()]) }),
      record: z.object({ rates: z.record(z.string(), z.number()) }),
      tuple: z.object({ pair: z.tuple([z.string(), z.number()]) }),
      loose: z.looseObject({ a: z.string() }),
      any: z.unknown(),
    };
    for (const [name, schema] of Object.entries(fallbacks)) {
      expect(compiledSerializer(schema), name).toBeNull();
    }
  });
});
