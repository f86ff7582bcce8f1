import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startThrowawayPostgres } from "./throwaway-postgres.mjs";

// The PostgreSQL that `npm test` starts where none runs: from npm's binaries, gone afterwards.

/** Whether a process runs (a zombie does not count); `ps` works alike on Linux and macOS. */
function running(pid: number): boolean {
  const ps = spawnSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" });
  return ps.status === 0 && !ps.stdout.trim().startsWith("Z");
}
const postmasterPid = (pgData: string) =>
  Number(readFileSync(path.join(pgData, "postmaster.pid"), "utf8").split("\n")[0]);

/** A separate Node process that starts a cluster, prints where, and waits (exiting on SIGINT as npm test does). */
async function clusterInChild(): Promise<{ child: ChildProcess; dir: string; pid: number }> {
  const script = `
    import { startThrowawayPostgres } from ${JSON.stringify(path.resolve(import.meta.dirname, "throwaway-postgres.mjs"))};
    process.on("SIGINT", () => process.exit(130));
    const cluster = await startThrowawayPostgres();
    console.log(JSON.stringify({ dir: cluster.dir, pgData: cluster.pgData }));
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve(out.split("\n")[0]!);
    });
    child.on("exit", (code) =>
      reject(new Error(`the cluster process exited (${code}) before the cluster was up`)),
    );
  });
  const { dir, pgData } = JSON.parse(line) as { dir: string; pgData: string };
  return { child, dir, pid: postmasterPid(pgData) };
}
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

// Note: initdb and a server start take seconds, many more while the rest of npm test runs beside.
describe("the throwaway PostgreSQL", { timeout: 120_000 }, () => {
  it("is PostgreSQL 17 with the extensions the migrations create, and leaves nothing behind when stopped", async () => {
    const cluster = await startThrowawayPostgres();
    const pid = postmasterPid(cluster.pgData);
    const client = new pg.Client(`${cluster.baseUrl}/postgres`);
    await client.connect();
    try {
      await client.query("CREATE EXTENSION pg_trgm; CREATE EXTENSION btree_gin");
      expect(
        Number((await client.query("SHOW server_version_num")).rows[0].server_version_num),
      ).toBeGreaterThanOrEqual(170000);
      expect((await client.query("SELECT upper('garçon été') AS up")).rows[0].up).toBe("GARÇON ÉTÉ");
    } finally {
      await client.end();
    }
    expect(running(pid)).toBe(true);
    cluster.stop();
    expect(existsSync(cluster.dir), "temp folder").toBe(false);
    expect(running(pid), "postgres process").toBe(false);
  });

  it("is stopped and removed when its process gets Ctrl-C (SIGINT)", async () => {
    const { child, dir, pid } = await clusterInChild();
    expect(running(pid)).toBe(true);
    child.kill("SIGINT");
    expect(await exited(child)).toBe(130);
    expect(existsSync(dir), "temp folder").toBe(false);
    expect(running(pid), "postgres process").toBe(false);
  });

  it("clears the cluster of a run that was killed outright (SIGKILL) when the next one starts", async () => {
    const { child, dir, pid } = await clusterInChild();
    child.kill("SIGKILL");
    await exited(child);
    expect(running(pid), "a killed run's server goes on").toBe(true);
    const next = await startThrowawayPostgres();
    next.stop();
    expect(existsSync(dir), "temp folder").toBe(false);
    expect(running(pid), "postgres process").toBe(false);
  });
});
