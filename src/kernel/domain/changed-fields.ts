/**
 * The names of the fields a partial update sets (for the audit log's details: which fields
 * changed, never their values), leaving out the keys that identify the record or guard the write.
 */
export function changedFields(patch: object, ignore: readonly string[] = []): string[] {
  return Object.entries(patch)
    .filter(
      ([key, value]) => value !== undefined && key !== 'expectedVersion' && !ignore.includes(key),
    )
    .map(([key]) => key)
    .sort();
}
