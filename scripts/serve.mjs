// Serves the production build on PORT with one `next start` worker per CPU core (Node's cluster
// shares the listening socket), so a 2-core machine answers with both cores. WEB_CONCURRENCY
// sets the number of workers. A worker that dies is replaced; SIGINT/SIGTERM stop them all.
// Note: only for PostgreSQL; the embedded database lives in one process, so `npm start` on it
// runs a single `next start`.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "./server-memory.mjs";

const port = process.env.PORT ?? "3000";
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || availableParallelism());
const workerEnv = { NODE_ENV: "production", ...SERVER_ENV };
let stopping = false;

cluster.setupPrimary({
  exec: "node_modules/next/dist/bin/next",
  args: ["start", "-p", port],
  execArgv: [...process.execArgv, ...SERVER_NODE_FLAGS],
});
for (let i = 0; i < workers; i++) cluster.fork(workerEnv);

cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  console.error(`portal worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
  cluster.fork(workerEnv);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
