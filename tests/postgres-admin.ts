import { connectPostgres } from "../lib/db/sql-runner";

// Database-level helpers for tests on PostgreSQL: every test file gets its own database,
// copied from a template migrated once per run.
export function databaseUrlFor(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function templateName(baseUrl: string): string {
  return `${new URL(baseUrl).pathname.slice(1) || "portal_test"}_template`;
}

export async function withAdmin<T>(
  baseUrl: string,
  run: (exec: (sql: string) => Promise<void>) => Promise<T>,
): Promise<T> {
  const admin = await connectPostgres(databaseUrlFor(baseUrl, "postgres"));
  try {
    return await run((sql) => admin.exec(sql));
  } finally {
    await admin.close();
  }
}
