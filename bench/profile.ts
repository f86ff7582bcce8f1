// npm run bench:profile [-- <path> ...] [-- --requests <n>] [-- --submit <n>] – where a page's (or an
// RMA submission's) server time goes.
// Serves the bench build (npm run bench's server, one worker) under `node --cpu-prof`, signs the
// big bench dealer in, asks for each path <n> times (default 300, after 20 warm-up requests that
// the profile also holds), stops the server so that it writes the profile, and prints the self
// time by area (Next.js's server runtime, React, next-intl, Prisma, pg, the garbage collector,
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
type TProfile = { nodes: TNode[]; samples: number[]; timeDeltas: number[] };

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

/** RMA submissions of the big dealer through the server action, 20 at a time. */
async function submitMany(baseUrl: string, distDir: string, cookie: string, count: number): Promise<void> {
  const app = await loadApp(benchDatabaseUrl());
  const dealer = await findDealer(app, "big", BIG.email);
  const plan = await pickReturnableLines(app, dealer, count);
  if (plan.lineIds.length < count)
    throw new Error(`Only ${plan.lineIds.length} lines left to return; refill with npm run bench:data.`);
  const submitId = actionId(distDir, "lib/returns/actions.ts", "submitReturnRequestAction");
  const lines = [...plan.lineIds];
  const started = performance.now();
  while (lines.length > 0) {
    const batch = lines.splice(-SUBMITTERS_AT_ONCE);
    await Promise.all(batch.map((id) => submitOverHttp(baseUrl, submitId, cookie, id, plan.reasonId)));
  }
  console.log(`submissions: ${count} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Self time per node (µs), from the samples and their time deltas. */
function selfTimes(profile: TProfile): Map<number, number> {
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries())
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  return self;
}

function report(file: string): void {
  const profile = JSON.parse(readFileSync(file, "utf8")) as TProfile;
  const self = selfTimes(profile);
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
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
  const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
  console.log(`\n${path.basename(file)}: ${(total / 1e6).toFixed(1)} s of CPU (idle left out)`);
  console.log("\nby area (self time):");
  for (const [a, us] of [...byArea].sort((x, y) => y[1] - x[1])) console.log(`  ${pct(us)} ${ms(us)}  ${a}`);
  console.log("\ntop 25 frames (self time):");
  for (const [frame, us] of [...byFrame].sort((x, y) => y[1] - x[1]).slice(0, 25))
    console.log(`  ${pct(us)} ${ms(us)}  ${frame.slice(0, 140)}`);
}

const { paths, requests, submissions } = parseArgs(process.argv.slice(2));
const dir = resultsDir("profile");
const server = await startOneWorker(3701, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
try {
  const cookie = await logIn(
    server.url,
    actionId(server.distDir, "lib/auth/actions.ts", "logIn"),
    BIG.email,
    BENCH_PASSWORD,
  );
  for (const p of paths) {
    const started = performance.now();
    for (let i = 0; i < 20 + requests; i++) {
      const response = await request(`${server.url}${p}`, { headers: { Cookie: cookie } });
      if (response.status !== 200) throw new Error(`GET ${p}: HTTP ${response.status}`);
    }
    console.log(`${p}: ${20 + requests} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (submissions) await submitMany(server.url, server.distDir, cookie, submissions);
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
report(profiles[0]);
console.log(`\nprofiles: ${dir}`);
