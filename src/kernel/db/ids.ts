import { v7 } from 'uuid';

/** UUIDv7 ids are made here, not by the database: PostgreSQL 15 has no uuidv7(). */
export function newId(): string {
  return v7();
}
