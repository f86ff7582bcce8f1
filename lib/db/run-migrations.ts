import "server-only";
import { env } from "@/lib/env";
import { embeddedPglite } from "./client";
import { applyMigrations } from "./migrate";
import { connectPostgres, type TSqlRunner, wrapPglite } from "./sql-runner";

// Migrates the database the process's `db` talks to.
export async function migrateCurrentDatabase(): Promise<string[]> {
  const runner: TSqlRunner = env.DATABASE_URL
    ? await connectPostgres(env.DATABASE_URL)
    : wrapPglite(embeddedPglite!, { owns: false });
  try {
    return await applyMigrations(runner);
  } finally {
    await runner.close();
  }
}
