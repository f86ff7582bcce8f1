import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { databaseUrlFor, templateName, withAdmin } from "./postgres-admin";

// Runs before each test file: points the app's `db` at a fresh migrated database.
const kind = process.env.TEST_DB_KIND ?? "pglite";
let dropDatabase: (() => Promise<void>) | undefined;

if (kind === "postgres") {
  const baseUrl = process.env.TEST_DATABASE_URL!;
  const name = `t_${randomBytes(6).toString("hex")}`;
  await withAdmin(baseUrl, (exec) => exec(`CREATE DATABASE "${name}" TEMPLATE "${templateName(baseUrl)}"`));
  process.env.DATABASE_URL = databaseUrlFor(baseUrl, name);
  dropDatabase = () => withAdmin(baseUrl, (exec) => exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
}

const { db, embeddedPglite } = await import("../lib/db/client");
if (embeddedPglite) {
  const { applyMigrations } = await import("../lib/db/migrate");
  const { wrapPglite } = await import("../lib/db/sql-runner");
  await applyMigrations(wrapPglite(embeddedPglite, { owns: false }));
}

afterAll(async () => {
  await db.$disconnect();
  await embeddedPglite?.close();
  await dropDatabase?.();
});
