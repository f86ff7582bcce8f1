import { afterAll, beforeAll, expect, it } from "vitest";
import { cloneSeededDatabase, pgCtl } from "./cluster";
import { signIn, sleep, startPortal, stopPortal, type TPortal } from "./portal";

// Fault: PostgreSQL (the private cluster) restarted, and then down for a few seconds, while
// signed-in dealers keep loading pages. Requests meanwhile must fail cleanly (5xx or the error
// page, within a bound, the server process alive), and the portal must recover by itself.
const PAGES = ["/", "/returns", "/returns/new", "/orders/open", "/invoices/unpaid", "/warranty"];
const BOUND_MS = 20_000; // a request that takes longer counts as hung
const LOADERS = 3;

type TOutcome = {
  path: string;
  started: number;
  ended: number;
  kind: "ok" | "clean-failure" | "hung" | "unexpected";
  status: number;
  detail: string;
};

let portal: TPortal | undefined;
beforeAll(async () => {
  portal = await startPortal({ port: 3600, databaseUrl: await cloneSeededDatabase("faults_restart") });
});
afterAll(async () => {
  await pgCtl("start").catch(() => undefined); // in case a failed assertion left it down
  await stopPortal(portal);
});

async function load(p: TPortal, cookie: string, path: string): Promise<TOutcome> {
  const started = Date.now();
  try {
    const response = await fetch(`${p.url}${path}`, {
      headers: { cookie },
      redirect: "manual",
      signal: AbortSignal.timeout(BOUND_MS),
    });
    const body = await response.text();
    const ended = Date.now();
    // The page itself: the signed-in header with the dealer's company is there.
    if (response.status === 200 && body.includes("Garage Dupont"))
      return { path, started, ended, kind: "ok", status: 200, detail: "" };
    if (response.status >= 500)
      return { path, started, ended, kind: "clean-failure", status: response.status, detail: "" };
    return {
      path,
      started,
      ended,
      kind: "unexpected",
      status: response.status,
      detail: `${response.headers.get("location") ?? ""} ${body.slice(0, 200)}`,
    };
  } catch (error) {
    const ended = Date.now();
    const name = (error as Error).name;
    return {
      path,
      started,
      ended,
      kind: name === "TimeoutError" ? "hung" : "unexpected",
      status: 0,
      detail: String((error as Error).cause ?? error),
    };
  }
}

it("answers cleanly while PostgreSQL restarts and is down, and recovers without a server restart", async () => {
  const p = portal!;
  const cookie = await signIn(p, "dealer@demo.test");
  const outcomes: TOutcome[] = [];
  let running = true;
  let count = 0;
  const loaders = Array.from({ length: LOADERS }, async (_, worker) => {
    while (running) outcomes.push(await load(p, cookie, PAGES[(count++ + worker) % PAGES.length]!));
  });
  const okCount = () => outcomes.filter((o) => o.kind === "ok").length;
  const waitFor = async (what: string, done: () => boolean, ms = 60_000) => {
    const deadline = Date.now() + ms;
    while (!done()) {
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting for ${what}; last outcomes: ${JSON.stringify(outcomes.slice(-5))}`,
        );
      await sleep(100);
    }
  };

  await waitFor("the pages to load before the fault", () => okCount() >= 10);
  // 1. A fast restart under load.
  const restartStart = Date.now();
  await pgCtl("-m", "fast", "restart");
  const restartEnd = Date.now();
  const okBefore = okCount();
  await waitFor("the pages to load again after the restart", () => okCount() >= okBefore + 10);
  // 2. Down for a while: stopped, 4 s of requests, started again.
  // The window counts only while the server is surely down: from the moment `stop` has
  // returned (shut down) to the moment `start` is called (pg_ctl start returns only after it
  // polled the server up, so requests just before its return may rightly succeed).
  await pgCtl("-m", "fast", "stop");
  const outageStart = Date.now();
  const health = await fetch(`${p.url}/api/health`, { signal: AbortSignal.timeout(BOUND_MS) });
  await sleep(4_000);
  const outageEnd = Date.now();
  await pgCtl("start");
  const okAfterOutage = okCount();
  await waitFor("the pages to load again after the outage", () => okCount() >= okAfterOutage + 15);
  running = false;
  await Promise.all(loaders);

  const during = (from: number, to: number) => outcomes.filter((o) => o.started >= from && o.ended <= to);
  const inOutage = during(outageStart, outageEnd);
  const failures = outcomes.filter((o) => o.kind !== "ok");
  const summary = {
    requests: outcomes.length,
    ok: okCount(),
    cleanFailures: failures.filter((o) => o.kind === "clean-failure").length,
    duringRestart: during(restartStart, restartEnd).length,
    duringOutage: inOutage.length,
    statuses: [...new Set(failures.map((o) => o.status))],
    slowestMs: Math.max(...outcomes.map((o) => o.ended - o.started)),
  };
  console.log("postgres restart under load:", JSON.stringify(summary));

  // Nothing hung, nothing odd (a redirect to the login page, a dropped connection): only
  // pages or clean 5xx answers; and while the database was down, nothing but those.
  expect(outcomes.filter((o) => o.kind === "hung" || o.kind === "unexpected")).toEqual([]);
  expect(inOutage.length).toBeGreaterThan(0);
  expect(inOutage.map((o) => o.kind)).toEqual(inOutage.map(() => "clean-failure"));
  expect(health.status).toBe(503);
  // The same server process recovered by itself: the last requests all loaded their page.
  expect(p.alive()).toBe(true);
  expect(outcomes.slice(-10).map((o) => o.kind)).toEqual(Array(10).fill("ok"));
  expect((await fetch(`${p.url}/api/health`)).status).toBe(200);
});
