// Bench: RMA submissions of one dealer, 20 at once, each on its own delivered line, in-process on
// DATABASE_URL (the transaction of lib/returns/submit-return-request.ts with its mail, without the
// HTTP server of `npm run bench -- --only big/submit-concurrent`). They meet only on the RMA
// number's counter row and the carrier's tracking range, so the p95 shows how long each holds them.
// Prints each round's median/p95/max and the overall p95 (target < 300 ms).
// Run: DATABASE_URL=postgres://…/perf_bench node --import tsx bench/returns/submit-concurrent.bench.ts [rounds]
import "../stub-server-only";

const ROUNDS = Number(process.argv[2] ?? 5);
const AT_ONCE = 20;
const { db } = await import("../../lib/db/client");
const { submitReturnRequest } = await import("../../lib/returns/submit-return-request");
const { requestFor, seedCompany, seedLine, seedReturnReasons } = await import(
  "../../lib/returns/test-fixtures"
);

const reasons = await seedReturnReasons();
await db.carrierNumberRange.upsert({
  where: { carrier: "NIGHT_CARRIER" },
  update: {},
  create: { carrier: "NIGHT_CARRIER", name: "Bench", prefix: "BN", nextValue: 1, lastValue: 99_999_999 },
});
const { tenant } = await seedCompany({ carrier: "NIGHT_CARRIER" });
const lines: number[] = [];
for (let i = 0; i < (ROUNDS + 1) * AT_ONCE; i++)
  lines.push((await seedLine(tenant.customerId, { delivered: 2 })).id);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function round(): Promise<number[]> {
  const batch = lines.splice(-AT_ONCE);
  return Promise.all(
    batch.map(async (id) => {
      const started = performance.now();
      await submitReturnRequest(tenant, requestFor([{ id, quantity: 1, reasonId: reasons.defect.id }]));
      return performance.now() - started;
    }),
  );
}

await round(); // warm-up: connections, templates, messages
const all: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const samples = (await round()).sort((a, b) => a - b);
  all.push(...samples);
  console.log(
    `round ${r + 1}: ${AT_ONCE} at once: median ${percentile(samples, 50).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms, max ${samples.at(-1)!.toFixed(0)} ms`,
  );
}
all.sort((a, b) => a - b);
console.log(
  `all ${all.length}: median ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms (target < 300 ms)`,
);
await db.$disconnect();
