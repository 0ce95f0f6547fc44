/** Trims every string; blank optional fields become `null` (clears them on edit). */
export function blankToNull<T extends Record<string, string>>(
  values: T,
): { [K in keyof T]: string | null } {
  const out = {} as { [K in keyof T]: string | null };
  for (const key of Object.keys(values) as (keyof T)[]) {
    const value = (values[key] as string).trim();
    out[key] = value === '' ? null : value;
  }
  return out;
}

/** A record's nullable fields as form strings. */
export function nullToBlank<K extends string>(
  record: Partial<Record<K, string | null>>,
  keys: readonly K[],
) {
  const out = {} as Record<K, string>;
  for (const key of keys) out[key] = record[key] ?? '';
  return out;
}
