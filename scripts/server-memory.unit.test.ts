import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "./server-memory.mjs";

// A server worker's memory under load: the data of the renders in flight, which lives about as
// long as a request and so reaches V8's old generation; large native blocks (Buffers, password
// hashes) allocated and freed; the code it loaded. Each case runs in a Node.js process of its own.

/** Node.js run on `script` with `flags` and `env`; its one line of JSON output. */
function runNode(script: string, flags: string[] = [], env: Record<string, string> = {}) {
  const out = execFileSync(process.execPath, [...flags, "-e", script], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return JSON.parse(out) as Record<string, unknown>;
}

// ~50 MB that stays, and a stream of objects that each live through 300 later allocations (like
// the rows of the renders in flight) before they are dropped; the heap's largest size is printed.
const SERVER_LIKE_CHURN = `
const v8 = require("node:v8");
const kept = Array.from({ length: 400 }, (_, i) => new Array(16384).fill(i));
const inFlight = [];
let peak = 0;
for (let round = 0; round < 5000; round++) {
  inFlight.push(Array.from({ length: 2000 }, (_, j) => ({ j, s: "x" + j })));
  if (inFlight.length > 300) inFlight.shift();
  peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
}
console.log(JSON.stringify({ peakMb: peak / 1048576, kept: kept.length }));
`;

// Three rounds of forty 2 MB blocks freed, between 64 KB blocks that stay; the resident memory
// still held afterwards beyond the blocks that stay is printed.
const LARGE_BLOCKS_FREED = `
const rss = () => Number(/VmRSS:\\s+(\\d+)/.exec(require("node:fs").readFileSync("/proc/self/status", "utf8"))[1]) / 1024;
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
(async () => {
  const before = rss();
  const staying = [];
  for (let round = 0; round < 3; round++) {
    let freed = [];
    for (let i = 0; i < 40; i++) {
      freed.push(Buffer.allocUnsafeSlow(2 * 1048576).fill(1));
      staying.push(Buffer.allocUnsafeSlow(64 * 1024).fill(1));
    }
    freed = null;
    for (let i = 0; i < 2; i++) { globalThis.gc(); await pause(); }
  }
  console.log(JSON.stringify({ heldMb: rss() - before - (staying.length * 64) / 1024 }));
})();
`;

describe("the server processes' memory settings", () => {
  it("keep the heap near what a busy process holds instead of letting it grow to several times that", () => {
    const plain = runNode(SERVER_LIKE_CHURN).peakMb as number;
    const server = runNode(SERVER_LIKE_CHURN, SERVER_NODE_FLAGS).peakMb as number;
    // Measured: about 460 MB without the flags, 285 MB with them.
    expect(server).toBeLessThan(plain * 0.75);
  }, 60_000);

  it("give large freed blocks back to the system", () => {
    // Measured: 78 MB still held without the setting (all of the last round), 1 MB with it.
    expect(runNode(LARGE_BLOCKS_FREED, ["--expose-gc"]).heldMb).toBeGreaterThan(40);
    expect(runNode(LARGE_BLOCKS_FREED, ["--expose-gc"], SERVER_ENV).heldMb).toBeLessThan(20);
  });
});

describe("next start", () => {
  it("reads next.config without loading the SWC compiler (26 MB in every worker)", () => {
    const loaded = runNode(
      `require("next/dist/server/config").default(require("next/constants").PHASE_PRODUCTION_SERVER, process.cwd())
        .then(() => console.log(JSON.stringify({ swc: require("node:fs").readFileSync("/proc/self/maps", "utf8").includes("next-swc") })));`,
    );
    expect(loaded).toEqual({ swc: false });
  });
});
