// Bench: the return-history CSV (/returns/new/export.csv) of a dealer with 60,000 delivered lines in
// the return window, on PostgreSQL: the file answer (lib/http fileResponse) read to its end, as the
// route builds it (keyset batches through csvStreamFile), against the whole file in one string
// (the one-query read + toCsv), the way the CSV routes worked before they streamed.
// 1. Time: three streamed runs in this process (wall time, and this process's CPU time, which a
//    busy shared machine inflates less).
// 2. Live memory: one streamed run with a full GC after every chunk read, so the figure is what the
//    export holds (heap + buffers), not garbage not yet collected; its peak over the level before.
// 3. Proof by a capped heap: each way once in a child process whose V8 heap is capped
//    (--max-old-space-size, default 50 MB over the child's own idle heap); the streamed export must
//    finish within it, the whole file must not.
// Run: DATABASE_URL=postgres://…/perf_bench_csv node --expose-gc --import tsx bench/returns/history-csv.bench.ts [lines] [--cap=MB]
import "../stub-server-only";
import { spawnSync } from "node:child_process";
import { wholeList } from "../../tests/batches";

const args = process.argv.slice(2);
const LINES = Number(args.find((a) => /^\d+$/.test(a)) ?? 60_000);
const CHILD = args.find((a) => a.startsWith("--child="))?.slice("--child=".length) as
  | "streamed"
  | "whole"
  | "idle"
  | undefined;
const CAP_EXTRA_MB = Number(args.find((a) => a.startsWith("--cap="))?.slice("--cap=".length) ?? 50);
const RUNS = 3;
const MB = 1024 * 1024;
const { db } = await import("../../lib/db/client");
const { csvStreamFile, toCsv } = await import("../../lib/grid/csv");
const { parseGridState } = await import("../../lib/grid/params");
const { fileResponse } = await import("../../lib/http/file-response");
const { historyColumns } = await import("../../lib/returns/columns");
const { getReturnHistory, returnHistoryBatches } = await import("../../lib/returns/history-query");

const columns = historyColumns((key) => key);
const state = parseGridState({}, columns, { sort: { id: "deliveryDate", dir: "desc" } });
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

// The dealer's lines, and two other dealers' beside them, all inside the 12-month window.
const dealers = [
  { erpNumber: "B-CSV-0", lines: LINES },
  { erpNumber: "B-CSV-1", lines: 20_000 },
  { erpNumber: "B-CSV-2", lines: 20_000 },
];

async function seed(): Promise<number> {
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
  return ids[0]!;
}

/** `probe`: called where the whole-file way holds the most (its rows, then its rows and string). */
async function exportFile(customerId: number, whole: boolean, probe: () => void) {
  if (!whole)
    return csvStreamFile("history.csv", columns, returnHistoryBatches(customerId, columns, state), "nl");
  const { rows } = await getReturnHistory(customerId, columns, wholeList(state));
  probe();
  const body = toCsv(columns, rows, "nl");
  probe();
  return {
    body,
    fileName: "history.csv",
    contentType: "text/csv; charset=utf-8",
    disposition: "attachment" as const,
  };
}

/** What the process holds: V8 heap plus the buffers outside it (the chunks in flight). */
function liveBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
}

type TRun = { ms: number; cpuMs: number; bytes: number; rows: number; livePeakMb: number | null };

/**
 * Reads the file answer to its end; `measure`: a full GC after each chunk read (and where the whole
 * file peaks) and the live peak over the level before.
 */
async function run(customerId: number, { whole = false, measure = false } = {}): Promise<TRun> {
  gc!();
  const baseline = liveBytes();
  let livePeak = baseline;
  const probe = () => {
    if (!measure) return;
    gc!();
    livePeak = Math.max(livePeak, liveBytes());
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const response = fileResponse(await exportFile(customerId, whole, probe));
  const reader = response.body!.getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines += 1;
    probe();
  }
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  return {
    ms,
    cpuMs: (user + system) / 1000,
    bytes,
    rows: lines - 1,
    livePeakMb: measure ? (livePeak - baseline) / MB : null,
  };
}

const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

if (CHILD) {
  // One run in a capped child; the parent has seeded the data and reads this JSON line.
  const customer = await db.customer.findUniqueOrThrow({
    where: { erpNumber: "B-CSV-0" },
    select: { id: true },
  });
  gc();
  const idleHeapMb = process.memoryUsage().heapUsed / MB;
  const r = CHILD === "idle" ? null : await run(customer.id, { whole: CHILD === "whole" });
  console.log(JSON.stringify({ idleHeapMb, ms: r?.ms, rows: r?.rows, peakRssMb: peakRssMb() }));
  await db.$disconnect();
  process.exit(0);
}

function child(mode: "streamed" | "whole" | "idle", capMb?: number) {
  const flags = ["--expose-gc", ...(capMb ? [`--max-old-space-size=${capMb}`] : []), "--import", "tsx"];
  const out = spawnSync(
    process.execPath,
    [...flags, import.meta.filename, String(LINES), `--child=${mode}`],
    {
      encoding: "utf8",
      env: process.env,
      maxBuffer: 16 * MB,
    },
  );
  const json = out.stdout.trim().split("\n").at(-1) ?? "";
  if (out.status === 0 && json.startsWith("{")) return { ok: true as const, ...JSON.parse(json) };
  const reason = /heap out of memory|Allocation failed/i.test(out.stderr)
    ? "JavaScript heap out of memory"
    : `exit ${out.status ?? out.signal}: ${out.stderr.trim().split("\n").at(-1)}`;
  return { ok: false as const, reason };
}

const target = await seed();
console.log(`${LINES} lines of one dealer among ${dealers.length}, sorted by delivery date (the default)`);
for (let i = 0; i < RUNS; i++) {
  const r = await run(target);
  console.log(
    `streamed run ${i + 1}: ${r.ms.toFixed(0).padStart(6)} ms (this process's CPU ${r.cpuMs.toFixed(0)} ms; ` +
      `the rest is PostgreSQL and waiting), ${(r.bytes / MB).toFixed(1)} MB, ${r.rows} rows`,
  );
}
const measured = await run(target, { measure: true });
const whole = await run(target, { whole: true, measure: true });
console.log(
  `live memory (full GC after every chunk, peak over the level before): streamed +${measured.livePeakMb!.toFixed(1)} MB ` +
    `(${measured.rows} rows); whole file +${whole.livePeakMb!.toFixed(1)} MB (${whole.rows} rows, ${whole.ms.toFixed(0)} ms)`,
);
await db.$disconnect();

const idle = child("idle");
if (!idle.ok) throw new Error(`idle child failed: ${idle.reason}`);
const cap = Math.ceil(idle.idleHeapMb + CAP_EXTRA_MB);
console.log(
  `capped heap: a child's idle heap (modules loaded, connected) is ${idle.idleHeapMb.toFixed(1)} MB ` +
    `(its peak RSS ${idle.peakRssMb} MB: node, tsx, the Prisma client); ` +
    `cap --max-old-space-size=${cap} (idle + ${CAP_EXTRA_MB} MB)`,
);
for (const mode of ["streamed", "whole"] as const) {
  const r = child(mode, cap);
  console.log(
    r.ok
      ? `  ${mode.padEnd(8)} finished: ${r.rows} rows in ${r.ms.toFixed(0)} ms, peak RSS of the child ${r.peakRssMb} MB`
      : `  ${mode.padEnd(8)} failed: ${r.reason}`,
  );
}
