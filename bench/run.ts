// npm run bench [-- --quick] [-- --only history,load] – the performance figures of issue 8.
// Applies pending migrations to BENCH_DATABASE_URL (filled by `npm run bench:data`), builds into
// .next-bench when stale, serves it with `next start` workers (scripts/serve.mjs, NODE_ENV=production)
// on port 3700, signs the bench dealers in through the login form's action, then measures every
// page, PDF and the RMA submission for the big and the typical dealer (server time over loopback
// beside the same request's SQL timed in-process on the same database), and a load run of 50
// signed-in dealers. Prints a table and writes it to bench/results/<date>.json. The server is
// stopped at the end, on an error and on ctrl-C.
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { BENCH_PASSWORD, BIG, benchDatabaseUrl, LOAD_DEALERS, TYPICAL } from "./data/accounts";
import { findDealer, loadApp, type TApp, type TDealerAccount } from "./runner/app";
import { parseBenchArgs, selected, type TBenchOptions, USAGE } from "./runner/args";
import { actionId, closeConnections, logIn, request } from "./runner/http";
import { loadRun, type TLoadResult } from "./runner/load";
import { dealerScenarios, dealerSizes, FLOOR_ID, responseProblem, type TScenario } from "./runner/pages";
import {
  buildIfStale,
  DEFAULT_DIST_DIR,
  residentMb,
  startServer,
  type TServer,
  workerPids,
} from "./runner/server";
import { summarize } from "./runner/stats";
import { pickReturnableLines, submitInProcess, submitOverHttp } from "./runner/submit";
import {
  evaluateTarget,
  formatTable,
  sqlRatio,
  type TMeasured,
  type TTableRow,
  type TTarget,
} from "./runner/targets";

type TRow = TTableRow & {
  id: string;
  path?: string;
  n: number;
  failed: string[];
  error?: string;
  note?: string;
  samplesMs?: number[];
  sqlSamplesMs?: number[];
};

const SUBMIT_P95_MS = 100;
const CONCURRENT_SUBMITTERS = 20;
const CONCURRENT_P95_MS = 300;
const LOAD_TARGET: TTarget = { rpsAtLeast: 150, p95Below: 250, noErrors: true };
const WORKER_MEMORY_TARGET: TTarget = { mbAtMost: 350 };

let options: TBenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2), process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const databaseUrl = benchDatabaseUrl();
const distDir = process.env.NEXT_DIST_DIR || DEFAULT_DIST_DIR;
const rows: TRow[] = [];
const notes: string[] = [];
let server: TServer | null = null;
let app: TApp | null = null;
/** The current dealer's floor median (bench-floor), which the page targets count from. */
let floorMedian: number | null = null;
const startedAt = new Date();
const loadAtStart = loadavg();

function shownUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
const round = (value: number) => Math.round(value * 10) / 10;

function row(
  id: string,
  what: string,
  samples: number[],
  sqlSamples: number[] | null,
  target: TTarget,
  extra: Partial<TRow> = {},
): TRow {
  const http = summarize(samples);
  const sql = sqlSamples ? summarize(sqlSamples).median : null;
  const verdict = evaluateTarget({ median: http.median, p95: http.p95, sqlMedian: sql, floorMedian }, target);
  const result: TRow = {
    id,
    what,
    median: http.median,
    p95: http.p95,
    sqlMedian: sql,
    ratio: sqlRatio(http.median, sql),
    target: verdict.target,
    met: verdict.met,
    failed: verdict.failed,
    n: samples.length,
    samplesMs: samples.map(round),
    ...(sqlSamples ? { sqlSamplesMs: sqlSamples.map(round) } : {}),
    ...extra,
  };
  rows.push(result);
  printProgress(result);
  return result;
}

function failedRow(id: string, what: string, target: TTarget, error: unknown): void {
  const verdict = evaluateTarget({ median: Number.NaN, p95: Number.NaN, sqlMedian: null }, target);
  const result: TRow = {
    id,
    what,
    median: Number.NaN,
    p95: Number.NaN,
    sqlMedian: null,
    ratio: null,
    target: verdict.target,
    met: false,
    failed: ["error"],
    n: 0,
    error: (error as Error).message,
  };
  rows.push(result);
  printProgress(result);
}

/** A row of one figure that is no time (a page's size, the workers' memory), judged against its target. */
function figureRow(
  id: string,
  what: string,
  target: TTarget,
  measured: Partial<TMeasured>,
  extra: Partial<TRow> = {},
): TRow {
  const verdict = evaluateTarget(
    { median: Number.NaN, p95: Number.NaN, sqlMedian: null, ...measured },
    target,
  );
  const result: TRow = {
    id,
    what,
    median: Number.NaN,
    p95: Number.NaN,
    sqlMedian: null,
    ratio: null,
    target: verdict.target,
    met: verdict.met,
    failed: verdict.failed,
    n: 1,
    ...extra,
  };
  rows.push(result);
  return result;
}

/** A page's size as a row: its HTML with the inline RSC payload, as the browser receives it (uncompressed). */
function sizeRow(scenario: TScenario, what: string, bytes: number): void {
  const kb = bytes / 1024;
  const result = figureRow(
    `${scenario.id}-size`,
    `${what}: ${kb.toFixed(1)} KB HTML+RSC`,
    { kbAtMost: scenario.sizeKbAtMost },
    { kb },
    { path: scenario.path },
  );
  console.log(`  ${result.what}${result.met ? "" : `  ✗ ${result.failed.join(", ")}`}`);
}

function printProgress(r: TRow): void {
  if (r.error) {
    console.log(`  ${r.what}: ERROR ${r.error}`);
    return;
  }
  const sql = r.sqlMedian === null ? "" : `, SQL ${r.sqlMedian.toFixed(1)} ms`;
  console.log(
    `  ${r.what}: median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms${sql} (n=${r.n})${r.met === false ? `  ✗ ${r.failed.join(", ")}` : ""}`,
  );
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Warm-up, then `reps` rounds of one HTTP request and one in-process run of its SQL, alternating, so both see the same machine load. */
async function measureScenario(dealer: TDealerAccount, cookie: string, scenario: TScenario): Promise<void> {
  const reps = scenario.kind === "pdf" ? options.pdfReps : options.reps;
  const warmup = scenario.kind === "pdf" ? Math.min(2, options.warmup) : options.warmup;
  const httpSamples: number[] = [];
  const sqlSamples: number[] = [];
  const what = `${dealer.label.padEnd(7)} ${scenario.what}`;
  let bytes = 0;
  try {
    for (let i = 0; i < warmup + reps; i++) {
      const response = await request(`${server!.url}${scenario.path}`, { headers: { Cookie: cookie } });
      const problem = responseProblem(
        scenario.kind,
        response.status,
        response.headers["content-type"],
        response.body,
      );
      if (problem) throw new Error(`GET ${scenario.path}: ${problem}`);
      bytes = response.body.length;
      const sqlMs = await timed(scenario.sql);
      if (i >= warmup) {
        httpSamples.push(response.ms);
        sqlSamples.push(sqlMs);
      }
    }
    const measured = row(scenario.id, what, httpSamples, sqlSamples, scenario.target, {
      path: scenario.path,
    });
    if (scenario.id.endsWith(`/${FLOOR_ID}`)) floorMedian = measured.median;
    if (scenario.sizeKbAtMost !== undefined) sizeRow(scenario, what, bytes);
  } catch (error) {
    failedRow(scenario.id, what, scenario.target, error);
  }
}

async function measureSubmissions(
  dealer: TDealerAccount,
  cookie: string,
  submitActionId: string,
): Promise<void> {
  const sequentialId = `${dealer.label}/submit`;
  const concurrentId = `${dealer.label}/submit-concurrent`;
  const wantSequential = selected(options, sequentialId);
  const wantConcurrent = selected(options, concurrentId);
  if (!wantSequential && !wantConcurrent) return;
  const sequential = wantSequential ? 2 * (options.warmup + options.reps) : 0;
  // Note: one more round of concurrent submissions than measured, first, as their warm-up: the
  // sequential ones all reach one worker (one kept-alive connection), so without it the first
  // measured round also timed the other worker's first submissions and 19 new connections.
  const warmupRounds = options.warmup > 0 ? 1 : 0;
  const concurrent = wantConcurrent ? (warmupRounds + options.concurrentRounds) * CONCURRENT_SUBMITTERS : 0;
  const plan = await pickReturnableLines(app!, dealer, sequential + concurrent);
  const lines = [...plan.lineIds];
  notes.push(
    `RMA submissions return 1 unit each of ${sequential + concurrent} distinct delivered lines of ${dealer.email} with ≥ 1 left to return ` +
      `(found ${lines.length}); they consume remaining-to-return in the bench database (npm run bench:data restores it).`,
  );
  if (lines.length < sequential + concurrent) {
    const error = new Error(
      `Only ${lines.length} lines of ${dealer.email} have something left to return; ${sequential + concurrent} are needed. Refill with npm run bench:data.`,
    );
    if (wantSequential)
      failedRow(
        sequentialId,
        `${dealer.label.padEnd(7)} RMA submit (1 line)`,
        { p95Below: SUBMIT_P95_MS },
        error,
      );
    if (wantConcurrent)
      failedRow(
        concurrentId,
        `${dealer.label.padEnd(7)} RMA submit, ${CONCURRENT_SUBMITTERS} concurrent`,
        { p95Below: CONCURRENT_P95_MS },
        error,
      );
    return;
  }
  if (wantSequential) {
    const what = `${dealer.label.padEnd(7)} RMA submit (1 line)`;
    try {
      const httpSamples: number[] = [];
      const sqlSamples: number[] = [];
      for (let i = 0; i < options.warmup + options.reps; i++) {
        const httpMs = await submitOverHttp(server!.url, submitActionId, cookie, lines.pop()!, plan.reasonId);
        const lineId = lines.pop()!;
        const sqlMs = await timed(() => submitInProcess(app!, dealer, lineId, plan.reasonId));
        if (i >= options.warmup) {
          httpSamples.push(httpMs);
          sqlSamples.push(sqlMs);
        }
      }
      row(
        sequentialId,
        what,
        httpSamples,
        sqlSamples,
        { p95Below: SUBMIT_P95_MS },
        { path: "POST /returns/new/confirm (Next-Action)" },
      );
    } catch (error) {
      failedRow(sequentialId, what, { p95Below: SUBMIT_P95_MS }, error);
    }
  }
  if (wantConcurrent) {
    const what = `${dealer.label.padEnd(7)} RMA submit, ${CONCURRENT_SUBMITTERS} concurrent`;
    try {
      const samples: number[] = [];
      for (let round = 0; round < warmupRounds + options.concurrentRounds; round++) {
        const batch = lines.splice(-CONCURRENT_SUBMITTERS);
        const times = await Promise.all(
          batch.map((lineId) => submitOverHttp(server!.url, submitActionId, cookie, lineId, plan.reasonId)),
        );
        if (round >= warmupRounds) samples.push(...times);
      }
      row(
        concurrentId,
        what,
        samples,
        null,
        { p95Below: CONCURRENT_P95_MS },
        {
          path: "POST /returns/new/confirm (Next-Action)",
          note: `${options.concurrentRounds} round(s) of ${CONCURRENT_SUBMITTERS} at once, after ${warmupRounds} unmeasured`,
        },
      );
    } catch (error) {
      failedRow(concurrentId, what, { p95Below: CONCURRENT_P95_MS }, error);
    }
  }
}

async function signInAll(loginActionId: string, emails: string[], parallel = 4): Promise<string[]> {
  const cookies: string[] = new Array(emails.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < emails.length) {
        const i = next++;
        cookies[i] = await logIn(server!.url, loginActionId, emails[i]!, BENCH_PASSWORD);
      }
    }),
  );
  return cookies;
}

async function main(): Promise<TLoadResult | null> {
  console.log(
    `bench: database ${shownUrl(databaseUrl)}, build ${distDir}, port ${options.port}${options.quick ? ", quick" : ""}` +
      `${options.only.length ? `, only ${options.only.join(",")}` : ""}`,
  );
  console.log(
    `machine: ${availableParallelism()} cores, load average ${loadAtStart.map((l) => l.toFixed(2)).join(" ")}`,
  );
  if (loadAtStart[0]! > availableParallelism()) {
    console.log(
      "  note: the machine is busy (load above its core count): figures will be slower and noisier than on a quiet machine.",
    );
  }

  app = await loadApp(databaseUrl);
  const runner = await app.connectPostgres(databaseUrl);
  try {
    const applied = await app.applyMigrations(runner);
    console.log(applied.length ? `migrations applied: ${applied.join(", ")}` : "migrations: up to date");
  } finally {
    await runner.close();
  }
  const dealers = [await findDealer(app, "big", BIG.email), await findDealer(app, "typical", TYPICAL.email)];

  buildIfStale(distDir);
  server = await startServer({ port: options.port, databaseUrl, distDir, workers: options.workers });
  console.log(
    `server: ${server.url}, ${server.workers} next-start worker(s), pid ${server.pid}, log ${server.logFile}`,
  );
  const loginActionId = actionId(distDir, "lib/auth/actions.ts", "logIn");
  const submitActionId = actionId(distDir, "lib/returns/actions.ts", "submitReturnRequestAction");

  for (const dealer of dealers) {
    // The floor runs whenever one of this dealer's pages runs: their targets count from its median.
    const all = await dealerScenarios(app, dealer);
    const chosen = all.filter((s) => selected(options, s.id));
    const needsFloor = chosen.some((s) => s.kind === "page");
    const scenarios = all.filter((s) => chosen.includes(s) || (needsFloor && s.id.endsWith(`/${FLOOR_ID}`)));
    floorMedian = null;
    const wantsSubmit =
      dealer.label === "big" &&
      (selected(options, "big/submit") || selected(options, "big/submit-concurrent"));
    if (scenarios.length === 0 && !wantsSubmit) continue;
    const sizes = await dealerSizes(app, dealer);
    console.log(
      `\n${dealer.label}: ${dealer.email} (customer ${dealer.erpNumber}): ${sizes.historyLines} lines in the last 12 months, ` +
        `${sizes.openOrderLines} open order lines, ${sizes.unpaidInvoices} unpaid invoices, ${sizes.rmaLines} RMA lines`,
    );
    notes.push(`${dealer.label} = ${dealer.email}: ${JSON.stringify(sizes)}`);
    const [cookie] = await signInAll(loginActionId, [dealer.email], 1);
    for (const scenario of scenarios) await measureScenario(dealer, cookie!, scenario);
    // Note: the typical dealer has too few lines to return for dozens of submissions; the big one is the case that matters.
    if (wantsSubmit) await measureSubmissions(dealer, cookie!, submitActionId);
  }

  let load: TLoadResult | null = null;
  if (selected(options, "load")) {
    console.log(`\nload: signing in ${LOAD_DEALERS.length} dealers through the login form…`);
    const what = `load: ${LOAD_DEALERS.length} dealers, ${options.duration} s`;
    try {
      const cookies = await signInAll(
        loginActionId,
        LOAD_DEALERS.map((d) => d.email),
      );
      load = await loadRun(server.url, cookies, options.duration);
      const verdict = evaluateTarget(
        { median: load.median, p95: load.p95, sqlMedian: null, rps: load.rps, errors: load.errors },
        LOAD_TARGET,
      );
      const result: TRow = {
        id: "load",
        what: `${what}, ${load.rps.toFixed(0)} req/s, ${load.errors} errors`,
        median: load.median,
        p95: load.p95,
        sqlMedian: null,
        ratio: null,
        target: verdict.target,
        met: verdict.met,
        failed: verdict.failed,
        n: load.requests,
        note: `pages: ${load.pages.join(" ")}`,
      };
      rows.push(result);
      console.log(
        `  ${load.requests} requests in ${load.seconds} s = ${load.rps.toFixed(1)} req/s, median ${load.median.toFixed(1)} ms, p95 ${load.p95.toFixed(1)} ms, ` +
          `errors ${load.errors} (non-2xx ${load.non2xx}, timeouts ${load.timeouts}), status ${JSON.stringify(load.statusCodes)}`,
      );
    } catch (error) {
      failedRow("load", what, LOAD_TARGET, error);
    }
  }
  return load;
}

function report(load: TLoadResult | null, error: unknown): void {
  const finishedAt = new Date();
  const memory = server ? workerPids(server.pid).map((pid) => ({ pid, peakRssMb: residentMb(pid) })) : [];
  if (load && memory.length) {
    const mb = memory.map((m) => m.peakRssMb ?? Number.POSITIVE_INFINITY);
    const what = `server workers' peak memory (whole run): ${mb.map((m) => `${m} MB`).join(" + ")}`;
    figureRow("memory", what, WORKER_MEMORY_TARGET, { mb }, { n: mb.length });
  }
  if (rows.length > 0) {
    console.log(`\n${formatTable(rows)}`);
    const missed = rows.filter((r) => r.met === false);
    console.log(
      missed.length
        ? `\n${missed.length} of ${rows.filter((r) => r.met !== null).length} targets missed: ${missed.map((r) => r.id).join(", ")}`
        : "\nevery target met",
    );
    for (const r of rows.filter((r) => r.error)) console.log(`error in ${r.id}: ${r.error}`);
  }
  if (memory.length)
    console.log(`server workers' peak memory: ${memory.map((m) => `${m.peakRssMb ?? "?"} MB`).join(", ")}`);
  for (const note of notes) console.log(`note: ${note}`);
  const loadAtEnd = loadavg();
  console.log(`load average at the end: ${loadAtEnd.map((l) => l.toFixed(2)).join(" ")}`);
  const dir = path.join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `${startedAt
      .toISOString()
      .replace(/:/g, "-")
      .replace(/\.\d+Z$/, "Z")}.json`,
  );
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        options,
        machine: {
          cores: availableParallelism(),
          node: process.version,
          loadAverageAtStart: loadAtStart,
          loadAverageAtEnd: loadAtEnd,
        },
        database: shownUrl(databaseUrl),
        distDir,
        workers: server?.workers ?? null,
        serverMemory: memory,
        rows: rows.map((r) => ({
          ...r,
          median: round(r.median),
          p95: round(r.p95),
          sqlMedian: r.sqlMedian === null ? null : round(r.sqlMedian),
          ratio: r.ratio === null ? null : round(r.ratio),
        })),
        load,
        notes,
        error: error ? String((error as Error).message ?? error) : null,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written: ${file}`);
}

async function shutdown(): Promise<void> {
  closeConnections();
  await server?.stop();
  await app?.db.$disconnect().catch(() => {});
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server…`);
    void shutdown().finally(() => process.exit(130));
  });
}

let failure: unknown = null;
let load: TLoadResult | null = null;
try {
  load = await main();
} catch (error) {
  failure = error;
  console.error(`\nbench failed: ${(error as Error).stack ?? error}`);
}
try {
  report(load, failure);
} finally {
  await shutdown();
}
process.exit(failure ? 1 : 0);
