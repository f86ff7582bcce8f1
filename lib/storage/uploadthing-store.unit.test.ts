import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newStorageKey } from "./store";
import { createUploadThingStore } from "./uploadthing-store";

// A real HTTP server on 127.0.0.1 stands in for UploadThing's API, ingest and file hosts; the
// real UTApi is pointed at it through its apiUrl / ingestUrl / ufsHost options.
const API_KEY = "sk_test_portal";
const APP_ID = "portalapp";
const files = new Map<string, { bytes: Buffer; type: string }>();
const seen: string[] = [];
let server: Server;
let base: string;

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function handle(
  req: IncomingMessage,
): Promise<{ status: number; body: Buffer | string; type?: string }> {
  const url = new URL(req.url!, base);
  seen.push(`${req.method} ${url.pathname}`);
  if (req.method === "PUT") {
    if (!url.searchParams.get("signature")) return { status: 401, body: "unsigned" };
    const form = await new Request(url, {
      method: "POST",
      body: new Uint8Array(await body(req)),
      headers: { "content-type": req.headers["content-type"]! },
    }).formData();
    const file = form.get("file") as File;
    const customId = decodeURIComponent(url.searchParams.get("x-ut-custom-id") ?? "");
    files.set(customId, { bytes: Buffer.from(await file.arrayBuffer()), type: file.type });
    const ufsUrl = `${base}/a/${APP_ID}/${customId}`;
    return {
      status: 200,
      type: "application/json",
      body: JSON.stringify({ url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: "x" }),
    };
  }
  if (req.method === "GET" && url.pathname.startsWith(`/a/${APP_ID}/`)) {
    if (!url.searchParams.get("signature")) return { status: 403, body: "unsigned" };
    const file = files.get(url.pathname.split("/").pop()!);
    return file ? { status: 200, body: file.bytes, type: file.type } : { status: 404, body: "" };
  }
  if (req.method === "POST" && url.pathname === "/v6/deleteFiles") {
    if (req.headers["x-uploadthing-api-key"] !== API_KEY) return { status: 401, body: "bad key" };
    const { customIds } = JSON.parse((await body(req)).toString()) as { customIds: string[] };
    const deletedCount = customIds.filter((id) => files.delete(id)).length;
    return { status: 200, type: "application/json", body: JSON.stringify({ success: true, deletedCount }) };
  }
  return { status: 404, body: "" };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    handle(req).then(
      (out) => res.writeHead(out.status, out.type ? { "content-type": out.type } : {}).end(out.body),
      (error) => res.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("UploadThing attachment store", () => {
  it("puts, gets and deletes through UploadThing's HTTP API with the right bytes", async () => {
    const port = (server.address() as AddressInfo).port;
    const token = Buffer.from(
      JSON.stringify({ apiKey: API_KEY, appId: APP_ID, regions: ["local"] }),
    ).toString("base64");
    const store = createUploadThingStore({
      token,
      apiUrl: base,
      ingestUrl: base,
      ufsHost: `localhost:${port}`,
      ufsAppIdLocation: "path",
    });
    const key = newStorageKey();
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2, 3, 250]);

    await store.put(key, bytes, "application/pdf");
    expect(files.get(key)?.bytes.equals(bytes)).toBe(true);
    expect(files.get(key)?.type).toBe("application/pdf");

    expect((await store.get(key))!.equals(bytes)).toBe(true);
    expect(await store.get(newStorageKey())).toBeNull();

    await store.delete(key);
    expect(files.has(key)).toBe(false);
    expect(seen).toEqual(expect.arrayContaining(["POST /v6/deleteFiles", `GET /a/${APP_ID}/${key}`]));
    expect(seen.some((s) => s.startsWith("PUT /"))).toBe(true);
  });
});
