// The ids the fuzzer draws from: every id the fuzzed workspace's reads show, sorted by the kind
// of record they name (from the key they were found under), and the other workspace's.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `lost-reasons` → `lostReason`, `activities` → `activity`, `criteria` → `criterion`. */
export function kindOf(name: string): string {
  const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  if (camel.endsWith('ies')) return `${camel.slice(0, -3)}y`;
  if (camel.endsWith('ria')) return `${camel.slice(0, -1)}on`;
  if (camel.endsWith('sses')) return camel.slice(0, -2);
  if (camel.endsWith('s')) return camel.slice(0, -1);
  return camel;
}

/** The kind of record a field or path parameter names: `stageId` → `stage`, `formKey` → `formKey`. */
export function kindOfField(name: string): string | null {
  if (name === 'formKey') return 'formKey';
  if (name === 'ownerId' || name === 'actorId') return 'user';
  if (name.endsWith('Id')) return name.slice(0, -2);
  if (name.endsWith('Ids')) return name.slice(0, -3);
  return null;
}

export class IdPool {
  private readonly byKind = new Map<string, Set<string>>();
  private readonly all = new Set<string>();
  private readonly foreignIds = new Set<string>();
  private readonly excluded = new Set<string>();

  /** Ids the fuzzer must never act on (its own users' and tokens', so it keeps its roles). */
  exclude(...ids: string[]): void {
    for (const id of ids) this.excluded.add(id);
  }

  /** Records every id in a read's answer; `kind` names the listed records (`items`). */
  collect(value: unknown, kind: string, foreign = false): void {
    if (Array.isArray(value)) {
      for (const item of value) this.collect(item, kind, foreign);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, field] of Object.entries(value)) {
      if (typeof field === 'string') {
        const fieldKind = key === 'id' ? kind : key === 'key' ? 'formKey' : kindOfField(key);
        if (fieldKind && (UUID.test(field) || fieldKind === 'formKey')) {
          this.add(fieldKind, field, foreign);
        }
      } else if (Array.isArray(field) || (field && typeof field === 'object')) {
        const inner = key === 'items' || key === 'item' ? kind : kindOf(key);
        this.collect(field, inner, foreign);
      }
    }
  }

  private add(kind: string, id: string, foreign: boolean): void {
    if (this.excluded.has(id)) return;
    if (foreign) {
      this.foreignIds.add(id);
      return;
    }
    let ids = this.byKind.get(kind);
    if (!ids) this.byKind.set(kind, (ids = new Set()));
    ids.add(id);
    if (UUID.test(id)) this.all.add(id);
  }

  /** Ids of this kind in the fuzzed workspace (any of its ids when none of this kind is known). */
  own(kind: string | null): string[] {
    const ids = kind ? this.byKind.get(kind) : undefined;
    return [...(ids?.size ? ids : this.all)].filter((id) => !this.excluded.has(id)).sort();
  }

  foreign(): string[] {
    return [...this.foreignIds].filter((id) => !this.excluded.has(id)).sort();
  }

  kinds(): Record<string, number> {
    return Object.fromEntries([...this.byKind].map(([k, ids]) => [k, ids.size]));
  }
}
