import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

// One production `next start` process (NEXT_DIST_DIR's build) on a fault-suite database: a
// single process, so a crash shows and kill -9 really ends the server.
export type TPortal = {
  url: string;
  pid: number;
  alive: () => boolean;
  output: () => string;
  kill: (signal: NodeJS.Signals) => Promise<void>;
};

const AUTH_SECRET = "faults-secret-faults-secret-0123456789";

export async function startPortal({
  port,
  databaseUrl,
  env = {},
}: {
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
}): Promise<TPortal> {
  const url = `http://localhost:${port}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    AUTH_SECRET,
    APP_URL: url,
    UPLOAD_DIR: `.data/faults-${port}/uploads`,
    ...env,
  };
  if (!env.RESEND_API_KEY) delete childEnv.RESEND_API_KEY;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let exited = false;
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exit = new Promise<void>((resolve) =>
    child.on("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const portal: TPortal = {
    url,
    pid: child.pid!,
    alive: () => !exited,
    output: () => output,
    kill: async (signal) => {
      if (!exited) child.kill(signal);
      await exit;
    },
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the portal on ${port} exited while starting:\n${output}`);
    const health = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
    if (health?.ok) return portal;
    await sleep(250);
  }
  await portal.kill("SIGKILL");
  throw new Error(`the portal on ${port} did not answer /api/health within 90 s:\n${output}`);
}

export function stopPortal(portal: TPortal | undefined): Promise<void> {
  return portal ? portal.kill("SIGTERM") : Promise.resolve();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signs in through next-auth's credentials endpoint; the session cookie as a Cookie header. */
export async function signIn(
  portal: Pick<TPortal, "url">,
  email: string,
  password = "Demo!2026",
): Promise<string> {
  const csrf = await fetch(`${portal.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${portal.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${portal.url}/` }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("authjs.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (${response.status})`);
  return session;
}

/** The id Next.js gave a server action in this build (what the browser sends as Next-Action). */
export function actionId(exportedName: string, file: string): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(
    ([, a]) => a.exportedName === exportedName && a.filename === file,
  );
  if (!entry) throw new Error(`server action ${exportedName} (${file}) is not in the build`);
  return entry[0];
}

/** Calls a server action over HTTP the way the browser does (POST to the page, Next-Action header). */
export function postAction(
  portal: Pick<TPortal, "url">,
  {
    page,
    id,
    args,
    cookie,
    signal,
  }: { page: string; id: string; args: unknown[]; cookie: string; signal?: AbortSignal },
) {
  return fetch(`${portal.url}${page}`, {
    method: "POST",
    redirect: "manual",
    signal,
    headers: {
      "next-action": id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: portal.url,
      cookie,
    },
    body: JSON.stringify(args),
  });
}
