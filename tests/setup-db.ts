import { randomBytes } from "node:crypto";
import { appendFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, inject } from "vitest";
import { PGLITE_SNAPSHOT } from "./global-setup-pglite";
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
  // Note: lib/db/client keeps its connection on globalThis, so a connection placed there
  // first (a copy of the migrated snapshot) is the one the app's `db` uses.
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { btree_gin } = await import("@electric-sql/pglite/contrib/btree_gin");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const { PrismaClient } = await import("../lib/db/generated/client");
  const { TRANSACTION_OPTIONS } = await import("../lib/db/transaction-options");
  const snapshot = new Blob([readFileSync(PGLITE_SNAPSHOT)]);
  const pglite = await PGlite.create({ loadDataDir: snapshot, extensions: { pg_trgm, btree_gin } });
  (globalThis as { portalConnection?: unknown }).portalConnection = {
    db: new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions: TRANSACTION_OPTIONS }),
    pglite,
  };
}

const { db, embeddedPglite } = await import("../lib/db/client");

const { checkInvariants, formatInvariantSummary, formatViolations } = await import("../lib/db/invariants");

// After the file's tests: the stock and money invariants hold in what they left behind; a
// violation fails the file, naming the rows (tests/invariants-summary.ts prints the tally).
async function checkInvariantsAfterFile() {
  const file = path.relative(process.cwd(), expect.getState().testPath ?? "");
  const report = await checkInvariants((sql) => db.$queryRawUnsafe(sql));
  const log = inject("invariantLog");
  if (log)
    appendFileSync(
      log,
      `${JSON.stringify({ file, checks: report.checks, violations: report.violations.length })}\n`,
    );
  if (report.violations.length)
    throw new Error(`${formatInvariantSummary(report, `after ${file}`)}\n${formatViolations(report)}`);
}

afterAll(async () => {
  try {
    await checkInvariantsAfterFile();
  } finally {
    await db.$disconnect();
    await embeddedPglite?.close();
    await dropDatabase?.();
  }
});
