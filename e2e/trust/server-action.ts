import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type APIRequestContext, test } from "@playwright/test";

// React's own reply encoder (Next.js's copy, the code the browser runs), so the body is what a client component sends.
const { encodeReply } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-webpack/client.node",
) as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

// Calls a server action over real HTTP, as the browser does. How:
// - The production build's <distDir>/server/server-reference-manifest.json maps each action id to
//   { workers: { "app/(portal)/returns/new/confirm/page": … }, filename: "lib/returns/actions.ts", exportedName }.
//   The action is looked up there by file and export name; the URL is a page that registers it
//   (a worker key with route groups and "/page" dropped, dynamic segments filled from `params`).
// - POST to that URL with `Next-Action: <id>`, `Accept: text/x-component` and the portal's Origin
//   (Next.js refuses actions from another origin). The body is React's encodeReply(args): a JSON
//   text for plain values, multipart form data as soon as an argument holds a FormData, File or Blob.
// - The answer is an RSC (flight) stream of `<hex id>:<row>` lines. Row 0 is `{"a": <result>, "f": …, "b": …}`;
//   the result is inline or a reference "$@<id>" to another row. `result` is that value, plain JSON
//   (undefined when there is none: a redirect or a 404 answer). A redirect comes back as the
//   `x-action-redirect` header; notFound() as status 404; a thrown error as an `E{digest}` row
//   (`error`) with status 500 (so does a foreign Origin).

export type TActionRef = { file: string; name: string };
export type TManifestAction = TActionRef & { id: string; workers: string[] };
export type TActionCall = {
  status: number;
  /** The action's returned value, e.g. { ok: false, code: "NOT_FOUND", message }; undefined when none came back. */
  result: unknown;
  /** The error digest when the action threw (its row is `E{"digest":…}`; Next.js answers 500). */
  error: string | null;
  /** Where the action redirected to (`x-action-redirect`, without the ";push"/";replace" suffix), if it did. */
  redirect: string | null;
  body: string;
};
export type TCallOptions = {
  /** Values for dynamic segments of the page path, e.g. { claim: "WC2026000001" }; default "0". */
  params?: Record<string, string>;
  /** POST to this path instead of one derived from the manifest. */
  path?: string;
  /** The Origin header; default the request context's base URL. */
  origin?: string;
  distDir?: string;
};

const distDirOf = (distDir?: string) => distDir ?? process.env.NEXT_DIST_DIR ?? ".next";

/** Every server action of the build: id, source file, export name and the pages (workers) that register it. */
export function actionIds(distDir?: string): TManifestAction[] {
  const file = path.join(process.cwd(), distDirOf(distDir), "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename,
    name: entry.exportedName,
    workers: Object.keys(entry.workers),
  }));
}

/** "app/(portal)/warranty/[claim]/page" → "/warranty/<params.claim>"; only page workers have a URL. */
export function workerPath(worker: string, params: Record<string, string> = {}): string | null {
  if (!worker.startsWith("app/") || !worker.endsWith("/page")) return null;
  const segments = worker
    .slice("app/".length, -"/page".length)
    .split("/")
    .filter((s) => s && !(s.startsWith("(") && s.endsWith(")")));
  const filled = segments.map((s) => {
    const dynamic = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(s);
    return dynamic ? encodeURIComponent(params[dynamic[1]!] ?? "0") : s;
  });
  return `/${filled.join("/")}`;
}

/** The action's manifest entry; throws when the build has no such action (renamed or removed). */
export function findAction(ref: TActionRef, distDir?: string): TManifestAction {
  const found = actionIds(distDir).find((a) => a.file === ref.file && a.name === ref.name);
  if (!found)
    throw new Error(`no server action ${ref.name} from ${ref.file} in the build ${distDirOf(distDir)}`);
  return found;
}

/** The URL to post the action to: a static page that registers it when there is one, else the first page filled with params. */
export function actionPath(action: TManifestAction, params?: Record<string, string>): string {
  const pages = action.workers.filter((w) => workerPath(w) !== null);
  const chosen = pages.find((w) => !w.includes("[")) ?? pages[0];
  if (!chosen) throw new Error(`server action ${action.name} is registered on no page`);
  return workerPath(chosen, params)!;
}

export async function callAction(
  request: APIRequestContext,
  ref: TActionRef,
  args: unknown[],
  options: TCallOptions = {},
): Promise<TActionCall> {
  const action = findAction(ref, options.distDir);
  const url = options.path ?? actionPath(action, options.params);
  const origin = options.origin ?? new URL(test.info().project.use.baseURL ?? "http://localhost:3100").origin;
  const encoded = await encodeReply(args);
  const headers = { "Next-Action": action.id, Accept: "text/x-component", Origin: origin };
  const response =
    typeof encoded === "string"
      ? await request.post(url, {
          headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
          data: encoded,
          maxRedirects: 0,
        })
      : await request.post(url, { headers, multipart: encoded, maxRedirects: 0 });
  const body = await response.text();
  // Note: a stale manifest (another build) or a page that does not register the action; the call never reached it.
  if (response.headers()["x-nextjs-action-not-found"])
    throw new Error(
      `the server has no action ${ref.name} (${action.id}) at ${url}: is it running the build in ${distDirOf(options.distDir)}?`,
    );
  const redirect = response.headers()["x-action-redirect"]?.replace(/;(push|replace)$/, "") ?? null;
  return { status: response.status(), result: actionResult(body), error: actionError(body), redirect, body };
}

/** The action's value from an RSC action response: row 0's "a", following "$@id" references to other rows. */
export function actionResult(body: string): unknown {
  const rows = flightRows(body);
  const root = parseRow(rows.get("0"));
  if (!root || typeof root !== "object" || !("a" in root)) return undefined;
  return resolve((root as { a: unknown }).a, rows, 0);
}

/** The digest of the error the action threw: its "a" points at an `E{…}` row. */
export function actionError(body: string): string | null {
  const rows = flightRows(body);
  const root = parseRow(rows.get("0")) as { a?: unknown } | undefined;
  const ref = typeof root?.a === "string" ? /^\$@([0-9a-f]+)$/.exec(root.a) : null;
  const row = ref ? rows.get(ref[1]!) : undefined;
  if (!row?.startsWith("E")) return null;
  return String((parseRow(row.slice(1)) as { digest?: unknown } | undefined)?.digest ?? "error");
}

function flightRows(body: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  return rows;
}

function parseRow(row: string | undefined): unknown {
  if (row === undefined || !/^[[{"]/.test(row)) return undefined;
  try {
    return JSON.parse(row);
  } catch {
    return undefined;
  }
}

/** Plain JSON from flight values: "$@1"/"$1" → row 1, "$$x" → "$x", "$undefined" → undefined, "$D…" → ISO text. */
function resolve(value: unknown, rows: Map<string, string>, depth: number): unknown {
  if (depth > 20) return value;
  if (typeof value === "string" && value.startsWith("$")) {
    if (value.startsWith("$$")) return value.slice(1);
    if (value === "$undefined") return undefined;
    if (value.startsWith("$D")) return value.slice(2);
    if (value.startsWith("$n")) return value.slice(2);
    const ref = /^\$@?([0-9a-f]+)$/.exec(value);
    if (ref) return resolve(parseRow(rows.get(ref[1]!)), rows, depth + 1);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, rows, depth + 1));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, rows, depth + 1)]));
  return value;
}
