// Bench: 100,000 delivered lines through the ERP import (batches of 5,000, as the API takes
// them) into DATABASE_URL; then the same rows again (nothing changes) and once with every
// price changed. Prints rows/s per pass and the peak RSS.
// Run: DATABASE_URL=postgres://… npx tsx bench/erp/import.bench.ts [rows]
// (No react-server condition: the audit imports next-intl, whose react-server build needs it;
// "server-only" is stood in for instead, as in bench/returns/history.bench.ts.)
import "../stub-server-only";

const TOTAL = Number(process.argv[2] ?? 100_000);
const BATCH = 5_000;

const { db } = await import("../../lib/db/client");
const { runErpBatch } = await import("../../lib/erp/batch");

const customers = ["B-1", "B-2", "B-3", "B-4"];
for (const erpNumber of customers)
  await db.customer.upsert({
    where: { erpNumber },
    update: {},
    create: { erpNumber, name: `Bench ${erpNumber}` },
  });

const row = (i: number, price: string) => ({
  erpKey: `BENCH-${i}`,
  customerNumber: customers[i % customers.length]!,
  salesOrderNumber: `MVO${String(9_000_000 + (i >> 2)).padStart(7, "0")}`,
  customerPoNumber: `PO-${i % 9973}`,
  articleNumber: `WG${String(1_800_000 + (i % 50_000)).padStart(7, "0")}`,
  externalArticleNumbers: "852915-5005S, 852915-5005",
  articleName: "Turbocharger",
  netUnitPrice: price,
  quantityOrdered: 4,
  quantityDelivered: 4,
  deliveryDate: `2025-${String((i % 12) + 1).padStart(2, "0")}-15`,
});

async function pass(label: string, price: string) {
  const started = performance.now();
  const totals = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (let first = 0; first < TOTAL; first += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, TOTAL - first) }, (_, k) => row(first + k, price));
    const result = await runErpBatch("delivered-lines", rows, {
      kind: "csv",
      actorUserId: null,
      fileName: "bench",
    });
    totals.created += result.created;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged;
    totals.rejected += result.rejected.length;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label.padEnd(10)} ${TOTAL} rows in ${seconds.toFixed(1)} s = ${Math.round(TOTAL / seconds)} rows/s`,
    totals,
  );
}

await db.$executeRawUnsafe(`DELETE FROM "DeliveredLine" WHERE "erpKey" LIKE 'BENCH-%'`);
await pass("insert", "370.00");
await pass("same", "370.00");
await pass("update", "371.50");
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
await db.$executeRawUnsafe(`DELETE FROM "DeliveredLine" WHERE "erpKey" LIKE 'BENCH-%'`);
await db.$disconnect();
