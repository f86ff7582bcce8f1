import { expect, it } from "vitest";
import { db } from "./client";

// Parallel query workers cost more to start than the portal's per-dealer queries take (on the
// bench database the big dealer's unpaid invoices took 56 ms with two workers, 7 ms without), so
// the app's connections never plan them (PGlite, one process, has none either).
it("plans no parallel workers, even for a scan the planner would otherwise split", async () => {
  const plan = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL parallel_setup_cost = 0");
    await tx.$executeRawUnsafe("SET LOCAL parallel_tuple_cost = 0");
    await tx.$executeRawUnsafe("SET LOCAL min_parallel_table_scan_size = 0");
    return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>('EXPLAIN SELECT count(*) FROM "Invoice"');
  });
  const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
  expect(text).toContain("Scan");
  expect(text).not.toMatch(/Gather|Parallel/);
});
