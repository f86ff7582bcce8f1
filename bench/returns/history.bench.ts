// Bench: the return-request history (/returns/new) of one dealer among many on PostgreSQL:
// page 1, an article-number search, a remaining-to-return filter, "select all" and the CSV query.
// Prints timings (median of 5) and the plan of the main query, to show it stays on the dealer's rows.
// Run: DATABASE_URL=postgres://…/portal_bench npx tsx bench/returns/history.bench.ts [linesPerDealer] [dealers]
import "../stub-server-only";
import { wholeList } from "../../tests/batches";

const PER_DEALER = Number(process.argv[2] ?? 20_000);
const DEALERS = Number(process.argv[3] ?? 10);
const { db } = await import("../../lib/db/client");
const { parseGridState } = await import("../../lib/grid/params");
const { historyColumns } = await import("../../lib/returns/columns");
const { getReturnHistory, getSelectableHistoryIds } = await import("../../lib/returns/history-query");

const columns = historyColumns((key) => key);
const customers: number[] = [];
for (let d = 0; d < DEALERS; d++) {
  const c = await db.customer.upsert({
    where: { erpNumber: `B-RET-${d}` },
    update: {},
    create: { erpNumber: `B-RET-${d}`, name: `Bench ${d}` },
  });
  customers.push(c.id);
}
if ((await db.deliveredLine.count({ where: { customerId: customers[0] } })) < PER_DEALER) {
  await db.deliveredLine.deleteMany({ where: { customerId: { in: customers } } });
  for (const id of customers) {
    await db.$executeRawUnsafe(
      `INSERT INTO "DeliveredLine" ("customerId", "erpKey", "salesOrderNumber", "customerPoNumber", "articleNumber", "externalArticleNumbers",
         "articleName", "netUnitPrice", "quantityOrdered", "quantityDelivered", "specialOrder", "deliveryDate", "updatedAt")
       SELECT $1::int, 'B-' || $1::int::text || '-' || g, 'MVO' || lpad((9000000 + g)::text, 7, '0'), (600000 + g % 5000)::text,
         'WG' || lpad((1000000 + (g * 7919) % 900000)::text, 7, '0'), (852915 + g % 3000)::text || '-5005S',
         'Turbocharger ' || (g % 40), 100 + g % 900, 1 + g % 5, 1 + g % 5, g % 31 = 0,
         current_date - (g % 500), now()
       FROM generate_series(1, $2::int) g`,
      id,
      PER_DEALER,
    );
  }
  await db.$executeRawUnsafe(`ANALYZE "DeliveredLine"`);
}

async function time(label: string, run: () => Promise<unknown>) {
  const samples: number[] = [];
  let result: unknown;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    result = await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} median ${samples[2]!.toFixed(1).padStart(7)} ms  max ${samples[4]!.toFixed(1).padStart(7)} ms`,
  );
  return result;
}

const target = customers[0]!;
const state = (params: Record<string, string>) =>
  parseGridState(params, columns, { sort: { id: "deliveryDate", dir: "desc" } });
console.log(`${DEALERS} dealers × ${PER_DEALER} delivered lines`);
await time("page 1 (20 rows + count)", () => getReturnHistory(target, columns, state({})));
await time("page 50, size 100", () => getReturnHistory(target, columns, state({ page: "50", size: "100" })));
await time("article number contains '12345'", () =>
  getReturnHistory(target, columns, state({ "f.articleNumber": "12345" })),
);
await time("article name contains 'charger 3', sort price", () =>
  getReturnHistory(target, columns, state({ "f.articleName": "charger 3", sort: "netUnitPrice.desc" })),
);
await time("remaining >= 3", () => getReturnHistory(target, columns, state({ "f.remaining": ">=3" })));
await time("select all ids (cap 500)", () => getSelectableHistoryIds(target, columns, state({})));
const all = (await time("every row of the filter as one page", () =>
  getReturnHistory(target, columns, wholeList(state({}))),
)) as { rows: unknown[] };
console.log(`CSV rows: ${all.rows.length}`);

const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
  `EXPLAIN ANALYZE SELECT id FROM "DeliveredLine" WHERE "customerId" = $1 AND "deliveryDate" >= current_date - 365
   AND "articleNumber" ILIKE '%12345%' ORDER BY "deliveryDate" DESC, id DESC LIMIT 20`,
  target,
);
console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
await db.$disconnect();
