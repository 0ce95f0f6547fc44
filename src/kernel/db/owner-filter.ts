import type { AnyColumn, SQL } from 'drizzle-orm';

/**
 * Narrows a query to the records its reader may see, given the table's owner column (record
 * permissions, docs/permissions.md); undefined when they see every record. Identity builds it
 * from the actor; repositories apply it to their own column, inside the one statement they send.
 * A raw query names the column as SQL (`sql\`d.owner_id\``): the lamp drill-down's is one.
 */
export type OwnerFilter = (ownerColumn: AnyColumn | SQL) => SQL | undefined;

/** For reads on behalf of no one in particular (reactions, reports, scripts). */
export const EVERY_OWNER: OwnerFilter = () => undefined;
