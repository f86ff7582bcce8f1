import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";
import { openPglite } from "./pglite";
import { TRANSACTION_OPTIONS } from "./transaction-options";

/** Prisma's namespace (Prisma.sql, Prisma.join, Prisma.empty, types) for code outside lib/db. */
export { Prisma } from "./generated/client";

// The one Prisma client of the process: PostgreSQL through @prisma/adapter-pg when
// DATABASE_URL is set, else the embedded PGlite in PGLITE_DIR (owned by this process).
export type TDb = PrismaClient;
type TConnection = { db: TDb; pglite?: PGlite };

function connect(): TConnection {
  if (env.DATABASE_URL) {
    const adapter = new PrismaPg({
      connectionString: env.DATABASE_URL,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Note: no parallel query workers. Starting them costs more than the portal's queries take
      // (one dealer's rows, read by index): on the bench database 56 ms with two workers for the
      // big dealer's unpaid invoices, 7 ms without (lib/db/client.test.ts).
      options: "-c max_parallel_workers_per_gather=0",
    });
    return { db: new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) };
  }
  const pglite = openPglite(env.PGLITE_DIR);
  return {
    db: new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions: TRANSACTION_OPTIONS }),
    pglite,
  };
}

const globalForDb = globalThis as unknown as { portalConnection?: TConnection };
const connection = (globalForDb.portalConnection ??= connect());

export const db: TDb = connection.db;

/** The embedded database behind `db`, when it is the embedded one (migrations, tests). */
export const embeddedPglite: PGlite | undefined = connection.pglite;
