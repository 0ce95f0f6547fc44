-- Global search (ADR 031) ranks and matches by trigrams. pg_trgm is a trusted extension on
-- PostgreSQL 13+ and a contrib bundle PGlite loads at open (src/kernel/db/connection.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
