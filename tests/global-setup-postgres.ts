import { applyMigrations } from "../lib/db/migrate";
import { connectPostgres } from "../lib/db/sql-runner";
import { databaseUrlFor, templateName, withAdmin } from "./postgres-admin";

// Builds the migrated template database that each PostgreSQL test file is copied from.
export default async function setup() {
  const baseUrl = process.env.TEST_DATABASE_URL!;
  const template = templateName(baseUrl);
  await withAdmin(baseUrl, async (exec) => {
    await exec(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await exec(`CREATE DATABASE "${template}"`);
  });
  const runner = await connectPostgres(databaseUrlFor(baseUrl, template));
  try {
    await applyMigrations(runner);
  } finally {
    await runner.close();
  }
}
