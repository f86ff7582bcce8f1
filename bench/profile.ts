// npm run bench:profile [-- <path> ...] [-- --requests <n>] [-- --submit <n>] – where a page's (or an
// RMA submission's) server time goes.
// Serves the bench build (npm run bench's server, one worker) under `node --cpu-prof`, signs the
// big bench dealer in, asks for each path <n> times (default 300, after 20 warm-up requests that
// the figures leave out, as they leave out the start-up), stops the server so that it writes the
// profile, and prints the CPU per request, the self time by area (Next.js's server runtime, React, next-intl, Prisma, pg, the garbage collector,
// the app's own code) and the top frames. The profiles stay in bench/results/profile-<date>/
// (open them in Chrome's DevTools, Performance tab, to see the whole tree). With --submit <n>, also
// <n> RMA submissions through the server action, 20 at a time as the bench's concurrent row sends
// them (they consume remaining-to-return in the bench database, as the bench does).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { BENCH_PASSWORD, BIG, benchDatabaseUrl } from "./data/accounts";
import { findDealer, loadApp } from "./runner/app";
import { actionId, closeConnections, logIn, request } from "./runner/http";
import { resultsDir, startOneWorker } from "./runner/server";
import { pickReturnableLines, submitOverHttp } from "./runner/submit";

type TNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type TProfile = { nodes: TNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

const AREAS: Array<[string, RegExp]> = [
  ["garbage collector", /^\(garbage collector\)$/],
  ["idle", /^\(idle\)$/],
  ["program (native, unattributed)", /^\(program\)$/],
  ["Next.js server runtime", /next\/dist\//],
  ["React server rendering", /react(-dom|-server)?[^/]*\/|react-server-dom/],
  ["next-intl / use-intl", /next-intl|use-intl|intl-messageformat|@formatjs/],
  ["Prisma", /@prisma\/|prisma\/|lib\/db\/generated/],
  ["pg (PostgreSQL driver)", /\/pg\/|pg-protocol|pg-pool/],
  ["next-auth / jose", /next-auth|@auth\/|jose/],
  ["app code (.next-bench chunks)", /\.next[^/]*\/server\//],
  ["Node.js internals", /^node:|^internal\//],
];

function area(node: TNode): string {
  const key = node.callFrame.url || node.callFrame.functionName;
  return AREAS.find(([, pattern]) => pattern.test(key))?.[0] ?? "other";
}

function parseArgs(argv: string[]): { paths: string[]; requests: number; submissions: number } {
  const paths: string[] = [];
  let requests = 300;
  let submissions = 0;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--requests") requests = Number(argv[++i]);
    else if (argv[i] === "--submit") submissions = Number(argv[++i]);
    else paths.push(argv[i]!);
  }
  if (!Number.isInteger(requests) || requests <= 0)
    throw new Error("--requests needs a positive whole number");
  if (!Number.isInteger(submissions) || submissions < 0)
    throw new Error("--submit needs a whole number of submissions");
  return { paths: paths.length || submissions ? paths : ["/orders/open"], requests, submissions };
}

const SUBMITTERS_AT_ONCE = 20;

/** RMA submissions of the big dealer through the server action, 20 at a time: a warm-up round, then `count`. */
async function prepareSubmissions(baseUrl: string, distDir: string, cookie: string, count: number) {
  const app = await loadApp(benchDatabaseUrl());
  const dealer = await findDealer(app, "big", BIG.email);
  const plan = await pickReturnableLines(app, dealer, count + SUBMITTERS_AT_ONCE);
  if (plan.lineIds.length < count + SUBMITTERS_AT_ONCE)
    throw new Error(`Only ${plan.lineIds.length} lines left to return; refill with npm run bench:data.`);
  const submitId = actionId(distDir, "lib/returns/actions.ts", "submitReturnRequestAction");
  const lines = [...plan.lineIds];
  const round = () =>
    Promise.all(
      lines
        .splice(-SUBMITTERS_AT_ONCE)
        .map((id) => submitOverHttp(baseUrl, submitId, cookie, id, plan.reasonId)),
    );
  const run = async () => {
    while (lines.length > 0) await round();
  };
  return { warmUp: round, run };
}

/**
 * Self time per node (µs), from the samples and their time deltas, counting only the samples taken
 * from `fromUs` on (the measured requests, not the start-up and the warm-up). The profile's clock
 * is the monotonic clock process.hrtime reads, so the runner's mark and the worker's samples agree.
 */
function selfTimes(profile: TProfile, fromUs: number): Map<number, number> {
  const self = new Map<number, number>();
  let at = profile.startTime;
  for (const [i, id] of profile.samples.entries()) {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= fromUs) self.set(id, (self.get(id) ?? 0) + delta);
  }
  return self;
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

function report(file: string, fromUs: number, measured: number): void {
  const profile = JSON.parse(readFileSync(file, "utf8")) as TProfile;
  const self = selfTimes(profile, fromUs);
  const byArea = new Map<string, number>();
  const byFrame = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (!us) continue;
    const a = area(node);
    if (a === "idle") continue;
    total += us;
    byArea.set(a, (byArea.get(a) ?? 0) + us);
    const where = node.callFrame.url
      ? `${node.callFrame.url.replace(/^.*node_modules\//, "")}:${node.callFrame.lineNumber + 1}`
      : "";
    const frame = `${node.callFrame.functionName || "(anonymous)"} ${where}`.trim();
    byFrame.set(frame, (byFrame.get(frame) ?? 0) + us);
  }
  if (total === 0)
    throw new Error("The profile has no sample after the warm-up (its clock and the runner's disagree?).");
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
  const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
  console.log(
    `\n${path.basename(file)}: ${(total / 1e6).toFixed(1)} s of CPU for ${measured} measured requests, ` +
      `${(total / 1000 / measured).toFixed(1)} ms each (idle, start-up and warm-up left out)`,
  );
  console.log("\nby area (self time):");
  for (const [a, us] of [...byArea].sort((x, y) => y[1] - x[1])) console.log(`  ${pct(us)} ${ms(us)}  ${a}`);
  console.log("\ntop 25 frames (self time):");
  for (const [frame, us] of [...byFrame].sort((x, y) => y[1] - x[1]).slice(0, 25))
    console.log(`  ${pct(us)} ${ms(us)}  ${frame.slice(0, 140)}`);
}

const { paths, requests, submissions } = parseArgs(process.argv.slice(2));
const dir = resultsDir("profile");
const server = await startOneWorker(3701, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);

async function ask(p: string, cookie: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const response = await request(`${server.url}${p}`, { headers: { Cookie: cookie } });
    if (response.status !== 200) throw new Error(`GET ${p}: HTTP ${response.status}`);
  }
}

let measuredFrom = 0;
try {
  const cookie = await logIn(
    server.url,
    actionId(server.distDir, "lib/auth/actions.ts", "logIn"),
    BIG.email,
    BENCH_PASSWORD,
  );
  const submit = submissions
    ? await prepareSubmissions(server.url, server.distDir, cookie, submissions)
    : null;
  // Every warm-up first, so that the profile can leave them out.
  for (const p of paths) await ask(p, cookie, 20);
  await submit?.warmUp();
  measuredFrom = nowUs();
  for (const p of paths) {
    const started = performance.now();
    await ask(p, cookie, requests);
    console.log(`${p}: ${requests} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (submit) {
    const started = performance.now();
    await submit.run();
    console.log(`submissions: ${submissions} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  closeConnections();
  await server.stop();
}
// The worker's profile is the largest (the cluster primary writes a small one of its own).
const profiles = readdirSync(dir)
  .filter((f) => f.endsWith(".cpuprofile"))
  .map((f) => path.join(dir, f))
  .sort((a, b) => statSync(b).size - statSync(a).size);
if (!profiles[0]) throw new Error(`No profile in ${dir}: the server did not exit cleanly.`);
report(profiles[0], measuredFrom, paths.length * requests + submissions);
console.log(`\nprofiles: ${dir}`);
