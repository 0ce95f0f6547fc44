/** The option values that stand for "create the name typed", never a record's id. */
export const CREATE = '\u0001create';
export const DETAILS = '\u0001details';

interface Option {
  value: string;
  label: string;
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * A picker's options: each record once (the selected one first), then, for a typed name no
 * record carries exactly (in any case), "Create …" and "… with e-mail or phone" after the
 * matches — first when nothing matched, so Enter creates.
 */
export function pickerOptions(
  records: readonly { id: string; name: string }[],
  typed: string,
  selectedName: string | undefined,
  labels: { create: (name: string) => string; details: (name: string) => string },
): Option[] {
  const byId = new Map<string, string>();
  for (const r of records) if (!byId.has(r.id)) byId.set(r.id, r.name);
  const options = [...byId].map(([value, label]) => ({ value, label }));
  const name = typed.trim();
  if (!name || options.some((o) => same(o.label, name))) return options;
  // The matches first, then the new name, then the record picked before (Enter takes the first).
  const picked = options.filter((o) => o.label === selectedName);
  const matches = options.filter((o) => o.label !== selectedName);
  return [
    ...matches,
    { value: CREATE, label: labels.create(name) },
    { value: DETAILS, label: labels.details(name) },
    ...picked,
  ];
}

/** The id of the one record whose name is the text typed (in any case), if exactly one is. */
export function exactMatch(records: readonly { id: string; name: string }[], typed: string) {
  const name = typed.trim();
  const ids = new Set(records.filter((r) => name && same(r.name, name)).map((r) => r.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}
