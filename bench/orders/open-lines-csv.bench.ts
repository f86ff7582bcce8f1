// Bench: the open order lines CSV (/orders/open/export.csv) of a dealer with 60,000 open lines, a
// quarter without an expected date, on PostgreSQL: the streamed file answer read to its end in the
// sorts whose keyset crosses the null boundary (expected date nulls last, ascending and descending;
// PO number with the expected date as its second key). Prints the time and rows of each sort.
// Run: DATABASE_URL=postgres://…/perf_bench_csv node --import tsx bench/orders/open-lines-csv.bench.ts [lines]
import "../stub-server-only";

const LINES = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 60_000);
const { db } = await import("../../lib/db/client");
const { csvStreamFile } = await import("../../lib/grid/csv");
const { parseGridState } = await import("../../lib/grid/params");
const { fileResponse } = await import("../../lib/http/file-response");
const { openLineColumns } = await import("../../lib/orders/columns");
const { openOrderLineBatches } = await import("../../lib/orders/queries");

const columns = openLineColumns((id) => id);
const customer = await db.customer.upsert({
  where: { erpNumber: "B-OPEN-0" },
  update: {},
  create: { erpNumber: "B-OPEN-0", name: "Bench open lines" },
});
if ((await db.openOrderLine.count({ where: { customerId: customer.id } })) !== LINES) {
  await db.openOrderLine.deleteMany({ where: { customerId: customer.id } });
  await db.$executeRawUnsafe(
    `INSERT INTO "OpenOrderLine" ("customerId", "erpKey", "salesOrderNumber", "orderDate", "salesRep", "customerPoNumber",
       "articleNumber", "deliverArticleNumber", "articleName", "quantityOrdered", "quantityDelivered", "expectedDate", "updatedAt")
     SELECT $1::int, 'B-OPEN-' || g, 'VVO' || lpad((7000000 + g / 4)::text, 7, '0'), current_date - (g % 90), 'Rep ' || (g % 7),
       (500000 + g % 300)::text, 'WG' || lpad((g * 7919 % 900000)::text, 7, '0'), 'WG' || lpad((g * 7919 % 900000)::text, 7, '0'),
       'Turbo ' || (g % 40), 2 + g % 4, g % 2, CASE WHEN g % 4 = 0 THEN NULL ELSE current_date + (g % 120) END, now()
     FROM generate_series(1, $2::int) g`,
    customer.id,
    LINES,
  );
  await db.$executeRawUnsafe(`ANALYZE "OpenOrderLine"`);
}

console.log(`${LINES} open lines of one dealer, a quarter without an expected date`);
for (const sort of ["expectedDate.asc", "expectedDate.desc", "customerPoNumber.asc"]) {
  const state = parseGridState({ sort }, columns);
  const started = performance.now();
  const file = await csvStreamFile(
    "open.csv",
    columns,
    openOrderLineBatches(customer.id, columns, state),
    "nl",
  );
  const reader = fileResponse(file).body!.getReader();
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const byte of value) if (byte === 10) lines += 1;
  }
  console.log(
    `${sort.padEnd(22)} ${(performance.now() - started).toFixed(0).padStart(6)} ms, ${lines - 1} rows`,
  );
}
await db.$disconnect();
