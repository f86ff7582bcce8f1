import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "./outbox";

// The outbox against a real HTTP server standing in for Resend's API (RESEND_BASE_URL).
type TRequest = {
  path: string;
  headers: IncomingHttpHeaders;
  body: { from: string; to: string[]; subject: string; html: string; text: string };
};
type TReply = { status: number; body: unknown; delayMs?: number };

let requests: TRequest[] = [];
let reply: (request: TRequest, index: number) => TReply;
const accepted = (request: TRequest): TReply => ({
  status: 200,
  body: { id: `re_${request.headers["idempotency-key"]}` },
});
const serverError: TReply = {
  status: 500,
  body: { name: "internal_server_error", message: "down for maintenance", statusCode: 500 },
};

const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const request: TRequest = {
    path: req.url ?? "",
    headers: req.headers,
    body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
  };
  requests.push(request);
  const answer = reply(request, requests.length - 1);
  if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
  res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
});

/** The sender with a fresh env module, since lib/env reads process.env once at import. */
async function loadSender({ apiKey }: { apiKey?: string }) {
  if (apiKey) process.env.RESEND_API_KEY = apiKey;
  else delete process.env.RESEND_API_KEY;
  vi.resetModules();
  return import("./sender");
}

async function addMessages(count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const row = await db.outboxMessage.create({
      data: {
        to: [`dealer${i}@demo.test`],
        template: "password-reset",
        language: "nl",
        subject: `Mail ${i}`,
        html: "<p>x</p>",
        text: "x",
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

const seconds = (from: Date, s: number) => new Date(from.getTime() + s * 1000);

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(async () => {
  requests = [];
  reply = accepted;
  await db.outboxMessage.deleteMany();
});

describe("drainOutbox", () => {
  it("delivers a pending message through the API and marks it sent", async () => {
    const { drainOutbox } = await loadSender({ apiKey: "re_test_key" });
    await db.$transaction((tx) =>
      enqueueEmail(tx, {
        template: "password-reset",
        to: ["jan@garage.test"],
        language: "fr",
        data: { name: "Jan", url: "https://portal.test/set-password/t1" },
      }),
    );
    const message = await db.outboxMessage.findFirstOrThrow();

    expect(await drainOutbox()).toEqual({ claimed: 1, sent: 1, failed: 0 });

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.path).toBe("/emails");
    expect(request!.headers.authorization).toBe("Bearer re_test_key");
    expect(request!.headers["idempotency-key"]).toBe(`outbox-${message.id}`);
    expect(request!.body).toMatchObject({
      from: "Dealer portal <portal@example.com>",
      to: ["jan@garage.test"],
      subject: message.subject,
      html: message.html,
      text: message.text,
    });
    expect(request!.body.html).toContain("https://portal.test/set-password/t1");
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({
      status: "SENT",
      providerId: `re_outbox-${message.id}`,
      attempts: 1,
      lastError: null,
    });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("retries with backoff after server errors and sends the message exactly once", async () => {
    const { drainOutbox } = await loadSender({ apiKey: "re_test_key" });
    const [id] = await addMessages(1);
    reply = (request, index) => (index < 2 ? serverError : accepted(request));
    const start = new Date(Date.now() + 1000);

    expect(await drainOutbox({ now: start })).toMatchObject({ sent: 0, failed: 1 });
    let row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toContain("down for maintenance");
    expect(row.nextAttemptAt).toEqual(seconds(start, 30));

    expect(await drainOutbox({ now: seconds(start, 29) })).toMatchObject({ claimed: 0 });
    expect(await drainOutbox({ now: seconds(start, 30) })).toMatchObject({ failed: 1 });
    row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(row.nextAttemptAt).toEqual(seconds(start, 90));

    expect(await drainOutbox({ now: seconds(start, 90) })).toMatchObject({ sent: 1 });
    expect(await drainOutbox({ now: seconds(start, 7200) })).toMatchObject({ claimed: 0 });

    row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "SENT",
      attempts: 3,
      providerId: `re_outbox-${id}`,
      lastError: null,
    });
    expect(requests.map((r) => r.headers["idempotency-key"])).toEqual([
      `outbox-${id}`,
      `outbox-${id}`,
      `outbox-${id}`,
    ]);
  });

  it("gives up after 12 attempts, and staff can put the message back in the queue", async () => {
    const { drainOutbox, MAX_ATTEMPTS } = await loadSender({ apiKey: "re_test_key" });
    const { retryOutboxMessage } = await import("./retry");
    const [id] = await addMessages(1);
    reply = () => serverError;
    let now = new Date(Date.now() + 1000);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await drainOutbox({ now })).toMatchObject({ claimed: 1, failed: 1 });
      now = seconds(now, 3600);
    }
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      attempts: 12,
    });
    expect(await drainOutbox({ now })).toMatchObject({ claimed: 0 });

    reply = accepted;
    expect(await retryOutboxMessage(id!, now)).toBe(true);
    expect(await retryOutboxMessage(id!, now)).toBe(false);
    expect(await drainOutbox({ now })).toMatchObject({ sent: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 13,
    });
  });

  it("never sends a message twice when drains run at the same time", async () => {
    const { drainOutbox } = await loadSender({ apiKey: "re_test_key" });
    const ids = await addMessages(30);
    reply = (request) => ({ ...accepted(request), delayMs: 5 });

    const results = await Promise.all([
      drainOutbox({ limit: 12 }),
      drainOutbox({ limit: 12 }),
      drainOutbox({ limit: 12 }),
      drainOutbox({ limit: 12 }),
    ]);

    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(30);
    const keys = requests.map((r) => r.headers["idempotency-key"]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(ids.map((id) => `outbox-${id}`).sort());
    expect(await db.outboxMessage.count({ where: { status: "SENT", attempts: 1 } })).toBe(30);
  });

  // Row locks only exist between connections: PGlite has one, so this runs on PostgreSQL.
  if (process.env.TEST_DB_KIND === "postgres")
    it("skips rows another transaction has locked instead of waiting", async () => {
      const { drainOutbox } = await loadSender({ apiKey: "re_test_key" });
      const [locked, free] = await addMessages(2);
      await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "OutboxMessage" WHERE "id" = ${locked} FOR UPDATE`;
        expect(await drainOutbox()).toMatchObject({ claimed: 1, sent: 1 });
      });
      expect(requests.map((r) => r.headers["idempotency-key"])).toEqual([`outbox-${free}`]);
    });

  it("sends nothing without RESEND_API_KEY: the message waits in the local outbox", async () => {
    const { drainOutbox } = await loadSender({});
    const [id] = await addMessages(1);

    expect(await drainOutbox()).toEqual({ claimed: 0, sent: 0, failed: 0 });

    expect(requests).toHaveLength(0);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
      sentAt: null,
    });
  });
});

describe("retryDelayMs", () => {
  it("doubles from 30 seconds up to one hour", async () => {
    const { retryDelayMs } = await loadSender({});
    expect([1, 2, 3, 4, 7, 8, 12].map(retryDelayMs)).toEqual([
      30_000, 60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });
});
