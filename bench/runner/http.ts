// Timed HTTP over loopback (keep-alive, full body read), the real login, and server actions
// called the way the browser calls them.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

export type TResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number };
export type TRequestOptions = { method?: string; headers?: Record<string, string>; body?: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One request; `ms` runs from sending it to the last byte of the body. */
export function request(url: string, options: TRequestOptions = {}): Promise<TResponse> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const req = http.request(
      url,
      {
        agent,
        method: options.method ?? "GET",
        headers: { ...options.headers, ...(body ? { "Content-Length": String(body.length) } : {}) },
        timeout: 120_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            ms: performance.now() - started,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () =>
      req.destroy(new Error(`${options.method ?? "GET"} ${url}: no answer within 120 s`)),
    );
    req.on("error", reject);
    req.end(body);
  });
}

export function closeConnections(): void {
  agent.destroy();
}

/** The server action's id in the build (`<distDir>/server/server-reference-manifest.json`). */
export function actionId(distDir: string, filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} of ${filename} in ${distDir}'s manifest.`);
  return found[0];
}

/**
 * The body React's encodeReply makes for plain JSON arguments (what the browser sends for a
 * server action without files): JSON, with strings starting with "$" escaped as "$$".
 */
export function encodeActionArgs(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) =>
    typeof value === "string" && value.startsWith("$") ? `$${value}` : value,
  );
}

/** POST a server action to the page it belongs to, with the headers the Next.js client sends. */
export function callAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  args: unknown[],
  cookie?: string,
): Promise<TResponse> {
  return request(`${baseUrl}${pagePath}`, {
    method: "POST",
    headers: {
      Accept: "text/x-component",
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseUrl,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: encodeActionArgs(args),
  });
}

/** The cookies a response sets, as a Cookie header (cleared ones left out). */
export function cookiesFrom(headers: http.IncomingHttpHeaders): string {
  return (headers["set-cookie"] ?? [])
    .map((line) => line.split(";")[0]!.trim())
    .filter((pair) => pair.includes("=") && !pair.endsWith("="))
    .join("; ");
}

/**
 * Signs in through the login form's server action (lib/auth/actions.ts logIn → next-auth's
 * credentials sign-in): the session cookie exactly as a browser gets it, plus the language cookie.
 */
export async function logIn(
  baseUrl: string,
  loginActionId: string,
  email: string,
  password: string,
): Promise<string> {
  const response = await callAction(baseUrl, "/login", loginActionId, [
    { email, password, callbackUrl: "/" },
  ]);
  const cookie = cookiesFrom(response.headers);
  if (!/authjs\.session-token/.test(cookie)) {
    throw new Error(
      `Login of ${email} failed (HTTP ${response.status}): ${response.body.toString("utf8").slice(0, 300)}`,
    );
  }
  return cookie;
}

/** The action's result object from its RSC (flight) response: the line holding {"ok":…}. */
export function actionResult(
  body: Buffer,
): { ok: boolean; data?: Record<string, unknown>; message?: string } | null {
  for (const line of body.toString("utf8").split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith('{"ok":')) continue;
    try {
      return JSON.parse(json);
    } catch {
      return null;
    }
  }
  return null;
}
