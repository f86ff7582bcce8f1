import { mkdirSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { applyMigrations } from "../lib/db/migrate";
import { wrapPglite } from "../lib/db/sql-runner";

// Migrates one embedded database and saves it as a snapshot; each PGlite test file starts
// from a copy (starting PGlite from scratch costs seconds per file).
export const PGLITE_SNAPSHOT = ".data/test/pglite-migrated.tar";

export default async function setup() {
  const pglite = await PGlite.create("memory://", { extensions: { pg_trgm, btree_gin } });
  await applyMigrations(wrapPglite(pglite, { owns: false }));
  const snapshot = await pglite.dumpDataDir("none");
  mkdirSync(".data/test", { recursive: true });
  writeFileSync(PGLITE_SNAPSHOT, Buffer.from(await snapshot.arrayBuffer()));
  await pglite.close();
}
