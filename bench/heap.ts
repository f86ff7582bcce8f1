// npm run bench:heap [-- --seconds <n>] – what a server worker holds after the load run.
// Serves the bench build with one worker, runs the load run (50 signed-in dealers, the six-page
// mix) for <n> seconds (default 20), prints the worker's resident memory (now and peak), then has
// it write a heap snapshot (--heapsnapshot-signal) and prints the live JS heap by constructor.
// The snapshot stays in bench/results/heap-<date>/ (open it in Chrome's DevTools, Memory tab).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { BENCH_PASSWORD, LOAD_DEALERS } from "./data/accounts";
import { actionId, closeConnections, logIn } from "./runner/http";
import { loadRun } from "./runner/load";
import { residentMb, resultsDir, startOneWorker, workerPids } from "./runner/server";

type TSnapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
};

function memoryOf(pid: number): { rssMb: number | null; peakMb: number | null } {
  return { rssMb: residentMb(pid, "VmRSS"), peakMb: residentMb(pid, "VmHWM") };
}

/** Self size by constructor (objects), or by kind (strings, code, arrays…), largest first. */
function summarize(file: string): void {
  const heap = JSON.parse(readFileSync(file, "utf8")) as TSnapshot;
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const by = new Map<string, { bytes: number; count: number }>();
  let total = 0;
  for (let i = 0; i < heap.nodes.length; i += width) {
    const type = types[heap.nodes[i + typeAt]!]!;
    const size = heap.nodes[i + sizeAt]!;
    const key =
      type === "object" || type === "closure"
        ? `${type} ${heap.strings[heap.nodes[i + nameAt]!]}`
        : `(${type})`;
    const entry = by.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += size;
    entry.count++;
    by.set(key, entry);
    total += size;
  }
  console.log(`\nlive JS heap in the snapshot: ${(total / 1048576).toFixed(1)} MB`);
  for (const [key, { bytes, count }] of [...by].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 25))
    console.log(
      `  ${(bytes / 1048576).toFixed(1).padStart(7)} MB ${String(count).padStart(9)}×  ${key.slice(0, 100)}`,
    );
}

const secondsAt = process.argv.indexOf("--seconds");
const seconds = secondsAt >= 0 ? Number(process.argv[secondsAt + 1]) : 20;
const dir = resultsDir("heap");
const server = await startOneWorker(3702, ["--heapsnapshot-signal=SIGUSR2", `--diagnostic-dir=${dir}`]);
try {
  const [worker] = workerPids(server.pid);
  if (!worker) throw new Error("No worker process found.");
  console.log(`worker ${worker} after start: ${JSON.stringify(memoryOf(worker))}`);
  const loginId = actionId(server.distDir, "lib/auth/actions.ts", "logIn");
  const cookies: string[] = [];
  for (const dealer of LOAD_DEALERS)
    cookies.push(await logIn(server.url, loginId, dealer.email, BENCH_PASSWORD));
  const load = await loadRun(server.url, cookies, seconds);
  console.log(
    `load: ${load.requests} requests in ${load.seconds} s (${load.rps.toFixed(1)} req/s, p95 ${load.p95.toFixed(0)} ms, ${load.errors} errors)`,
  );
  console.log(`worker ${worker} after the load run: ${JSON.stringify(memoryOf(worker))}`);
  process.kill(worker, "SIGUSR2");
  const deadline = Date.now() + 120_000;
  let file: string | undefined;
  while (!file && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const found = readdirSync(dir).find((f) => f.endsWith(".heapsnapshot"));
    // Written when its size stops growing.
    if (found) {
      const size = statSync(path.join(dir, found)).size;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      if (size > 0 && statSync(path.join(dir, found)).size === size) file = path.join(dir, found);
    }
  }
  if (!file) throw new Error(`No heap snapshot in ${dir}.`);
  summarize(file);
  console.log(`\nsnapshot: ${file}`);
} finally {
  closeConnections();
  await server.stop();
}
