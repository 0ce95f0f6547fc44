// Addressing the leaves of a generated JSON value and of its schema, so a mutation can replace,
// remove or add exactly one field of an otherwise valid body.
import type { JsonSchema } from './openapi-operations.ts';

export type JsonPath = (string | number)[];

/** Every path in the value, the root included, parents before their children. */
export function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const found: JsonPath[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, i) => found.push(...pathsOf(item, [...prefix, i])));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) found.push(...pathsOf(item, [...prefix, key]));
  }
  return found;
}

export function getAt(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** A copy of `value` with the node at `path` replaced (or removed, with `remove`). */
export function setAt(
  value: unknown,
  path: JsonPath,
  replacement: unknown,
  remove = false,
): unknown {
  if (!path.length) return replacement;
  const [step, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (remove && !rest.length) copy.splice(Number(step), 1);
    else copy[Number(step)] = setAt(copy[Number(step)], rest, replacement, remove);
    return copy;
  }
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const key = String(step);
    if (remove && !rest.length) delete copy[key];
    else copy[key] = setAt(copy[key], rest, replacement, remove);
    return copy;
  }
  return value;
}

/** The schema that describes the node at `path` (best effort through unions). */
export function schemaAt(
  schema: JsonSchema,
  path: JsonPath,
  resolve: (s: JsonSchema) => JsonSchema,
): JsonSchema | undefined {
  let current: JsonSchema | undefined = resolve(schema);
  for (const step of path) {
    if (!current) return undefined;
    const choices: JsonSchema[] = [current, ...(current.anyOf ?? []), ...(current.oneOf ?? [])].map(
      resolve,
    );
    let next: JsonSchema | undefined;
    for (const choice of choices) {
      if (typeof step === 'number' && choice.items) next = choice.items;
      else if (typeof step === 'string' && choice.properties?.[step])
        next = choice.properties[step];
      else if (typeof step === 'string' && typeof choice.additionalProperties === 'object') {
        next = choice.additionalProperties;
      }
      if (next) break;
    }
    current = next ? resolve(next) : undefined;
  }
  return current;
}
