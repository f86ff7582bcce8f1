// Bench: the return-history CSV (/returns/new/export.csv) of a dealer with 60,000 delivered lines in
// the return window, on PostgreSQL: the file answer (lib/http fileResponse) read to its end, as the
// route builds it. Prints the time of each run and the memory it took on top of the process before
// it (the kernel's peak RSS over the process's peak before the run; RSS and heap sampled every 5 ms). --whole measures the one-query read into one
// string (getReturnHistory paged: false + csvFile), the way the route worked before it streamed.
// Run: DATABASE_URL=postgres://…/perf_bench node --expose-gc --import tsx bench/returns/history-csv.bench.ts [lines] [--whole]
import "../stub-server-only";

const args = process.argv.slice(2);
const LINES = Number(args.find((a) => /^\d+$/.test(a)) ?? 60_000);
const WHOLE = args.includes("--whole");
const RUNS = 3;
const { db } = await import("../../lib/db/client");
const { csvFile, csvStreamFile } = await import("../../lib/grid/csv");
const { parseGridState } = await import("../../lib/grid/params");
const { fileResponse } = await import("../../lib/http/file-response");
const { historyColumns } = await import("../../lib/returns/columns");
const { getReturnHistory, returnHistoryBatches } = await import("../../lib/returns/history-query");

const columns = historyColumns((key) => key);
// The dealer's lines, and two other dealers' beside them, all inside the 12-month window.
const dealers = [
  { erpNumber: "B-CSV-0", lines: LINES },
  { erpNumber: "B-CSV-1", lines: 20_000 },
  { erpNumber: "B-CSV-2", lines: 20_000 },
];
const ids: number[] = [];
for (const dealer of dealers) {
  const customer = await db.customer.upsert({
    where: { erpNumber: dealer.erpNumber },
    update: {},
    create: { erpNumber: dealer.erpNumber, name: `Bench ${dealer.erpNumber}` },
  });
  ids.push(customer.id);
  if ((await db.deliveredLine.count({ where: { customerId: customer.id } })) === dealer.lines) continue;
  await db.deliveredLine.deleteMany({ where: { customerId: customer.id } });
  await db.$executeRawUnsafe(
    `INSERT INTO "DeliveredLine" ("customerId", "erpKey", "salesOrderNumber", "customerPoNumber", "articleNumber", "externalArticleNumbers",
       "articleName", "netUnitPrice", "quantityOrdered", "quantityDelivered", "specialOrder", "deliveryDate", "updatedAt")
     SELECT $1::int, 'B-CSV-' || $1::int::text || '-' || g, 'MVO' || lpad((9000000 + g)::text, 7, '0'), (600000 + g % 5000)::text,
       'WG' || lpad((1000000 + (g * 7919) % 900000)::text, 7, '0'), (852915 + g % 3000)::text || '-5005S',
       'Turbocharger "' || (g % 40) || '"; =SUM(A1)', 100 + g % 900 + 0.25, 1 + g % 5, 1 + g % 5, g % 31 = 0,
       current_date - (g % 360), now()
     FROM generate_series(1, $2::int) g`,
    customer.id,
    dealer.lines,
  );
}
await db.$executeRawUnsafe(`ANALYZE "DeliveredLine"`);

const state = parseGridState({}, columns, { sort: { id: "deliveryDate", dir: "desc" } });
const target = ids[0]!;

async function exportFile() {
  if (!WHOLE)
    return csvStreamFile("history.csv", columns, returnHistoryBatches(target, columns, state), "nl");
  const { rows } = await getReturnHistory(target, columns, state, { paged: false });
  return csvFile("history.csv", columns, rows, "nl");
}

type TRun = { ms: number; bytes: number; lines: number; rssMb: number; sampledRssMb: number; heapMb: number };

async function run(): Promise<TRun> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 5);
  const started = performance.now();
  const response = fileResponse(await exportFile());
  const reader = response.body!.getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines += 1;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  const mb = (n: number) => n / 1024 / 1024;
  // Note: the kernel's peak RSS also sees peaks between two samples (a synchronous join of one big string).
  const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  return {
    ms,
    bytes,
    lines,
    rssMb: mb(maxRss - Math.max(before.rss, maxRssBefore)),
    sampledRssMb: mb(peakRss - before.rss),
    heapMb: mb(peakHeap - before.heapUsed),
  };
}

console.log(
  `${WHOLE ? "whole (one query, one string)" : "streamed (keyset batches)"}: ${LINES} lines of one dealer among ${dealers.length}`,
);
for (let i = 0; i < RUNS; i++) {
  const r = await run();
  console.log(
    `run ${i + 1}: ${r.ms.toFixed(0).padStart(6)} ms, ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.lines - 1} rows, ` +
      `extra memory: peak RSS +${r.rssMb.toFixed(1)} MB over the process's peak before (sampled +${r.sampledRssMb.toFixed(1)} MB), peak heap +${r.heapMb.toFixed(1)} MB`,
  );
}
console.log(`peak RSS of the process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
await db.$disconnect();
