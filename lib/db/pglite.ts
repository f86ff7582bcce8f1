import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

// The embedded PostgreSQL (WASM). One process owns a data directory; "memory://" gives a
// throw-away database for tests. Queries wait until it is ready.
export function openPglite(dir: string): PGlite {
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  return new PGlite(dir, { extensions: { pg_trgm, btree_gin } });
}
