import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

// A minimal raw-SQL connection for the migration runner and tests: the same calls on
// PostgreSQL (pg) and on PGlite.
export type TSqlRunner = {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

export async function connectPostgres(url: string): Promise<TSqlRunner> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    exec: async (sql) => void (await client.query(sql)),
    query: async (sql, params) => (await client.query(sql, params)).rows,
    close: () => client.end(),
  };
}

export function wrapPglite(pglite: PGlite, { owns }: { owns: boolean }): TSqlRunner {
  return {
    exec: async (sql) => void (await pglite.exec(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    close: async () => {
      if (owns) await pglite.close();
    },
  };
}
