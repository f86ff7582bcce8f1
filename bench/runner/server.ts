// The benchmarked server: the production build (built when stale) served by scripts/serve.mjs
// (`next start` workers, as `npm start` runs on PostgreSQL) in its own process group, so stopping
// it ends the workers too. Its output goes to a log file, shown when it fails.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchDatabaseUrl } from "../data/accounts";

// Note: a fixed secret so the run is repeatable; the bench database holds only generated data.
export const BENCH_AUTH_SECRET = "bench-only-auth-secret-0123456789abcdef";
export const DEFAULT_DIST_DIR = ".next-bench";

export type TServer = {
  url: string;
  pid: number;
  logFile: string;
  distDir: string;
  workers: number;
  stop: () => Promise<void>;
};

export function buildIfStale(distDir: string): void {
  const result = spawnSync(process.execPath, ["scripts/build-if-stale.mjs"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: distDir, AUTH_SECRET: BENCH_AUTH_SECRET, NEXT_BENCH_ROUTES: "1" },
  });
  if (result.status !== 0) throw new Error(`The build failed (exit ${result.status ?? result.signal}).`);
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`No build in ${distDir} after building.`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/** The pids of the server's workers (children of the cluster primary), for memory figures. */
export function workerPids(primaryPid: number): number[] {
  try {
    return readFileSync(`/proc/${primaryPid}/task/${primaryPid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** A process's resident memory in MB, now (VmRSS) or its peak (VmHWM), or null where /proc is not there. */
export function residentMb(pid: number, field: "VmRSS" | "VmHWM" = "VmHWM"): number | null {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export async function startServer(options: {
  port: number;
  databaseUrl: string;
  distDir: string;
  workers: number | null;
  /** Node.js flags for the server's processes (its workers inherit them), e.g. --cpu-prof. */
  nodeArgs?: string[];
}): Promise<TServer> {
  const url = `http://127.0.0.1:${options.port}`;
  if (await answers(url))
    throw new Error(`Something already answers on ${url}; pick another --port (or BENCH_PORT).`);
  const logFile = path.join(tmpdir(), `bench-server-${options.port}.log`);
  const log = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: BENCH_AUTH_SECRET,
    PORT: String(options.port),
    NEXT_DIST_DIR: options.distDir,
    APP_URL: url,
  };
  // Note: never send real mail or upload from a benchmark; mail stays in the bench database's outbox.
  delete env.RESEND_API_KEY;
  delete env.UPLOADTHING_TOKEN;
  if (options.workers) env.WEB_CONCURRENCY = String(options.workers);
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), "scripts/serve.mjs"], {
    detached: true,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const pid = child.pid!;
  let exited: string | null = null;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      exited = String(signal ?? code);
      resolve();
    }),
  );
  // Last resort when the runner itself ends abruptly: no server is left behind.
  const killOnExit = () => {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  process.once("exit", killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (exited === null) {
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      const timeout = new Promise<"timeout">((resolve) =>
        setTimeout(() => resolve("timeout"), 10_000).unref(),
      );
      if ((await Promise.race([exitedPromise, timeout])) === "timeout") killOnExit();
    }
    process.removeListener("exit", killOnExit);
    log.end();
  };

  const deadline = Date.now() + 120_000;
  while (!(await answers(url))) {
    if (exited !== null) {
      await stop();
      throw new Error(
        `The server ended (${exited}) before answering. Its log (${logFile}):\n${tail(logFile)}`,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `The server did not answer /api/health within 120 s. Its log (${logFile}):\n${tail(logFile)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const workers = Math.max(1, workerPids(pid).length);
  return { url, pid, logFile, distDir: options.distDir, workers, stop };
}

/** For the bench's one-off scripts (profile, heap, Lighthouse): the bench build, built when stale, served by one worker on the bench database (BENCH_PORT overrides the port). */
export async function startOneWorker(port: number, nodeArgs: string[] = []): Promise<TServer> {
  const distDir = process.env.NEXT_DIST_DIR || DEFAULT_DIST_DIR;
  buildIfStale(distDir);
  return startServer({
    port: Number(process.env.BENCH_PORT) || port,
    databaseUrl: benchDatabaseUrl(),
    distDir,
    workers: 1,
    nodeArgs,
  });
}

/** A new folder under bench/results for one run's files (profiles, heap snapshots). */
export function resultsDir(kind: string): string {
  const dir = path.resolve("bench", "results", `${kind}-${new Date().toISOString().replace(/[:.]/g, "-")}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
