import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { retryDelayMs } from "@/lib/email/sender";
import { runErpBatch } from "@/lib/erp/batch";
import { listClaimsSince, listRmasSince } from "@/lib/erp/feed";
import { createErpToken } from "@/lib/erp/tokens";
import {
  createClaim,
  createDeliveredLine,
  createReason,
  createStaffAndDealer,
} from "@/lib/staff/test-fixtures";
import { drainWebhooks, WEBHOOK_MAX_ATTEMPTS } from "./deliver";
import { redeliverWebhookEvent, rotateWebhookSecret, saveWebhookEndpoint } from "./endpoints";
import { webhookPageData } from "./queries";

// Webhooks end to end against a real HTTP receiver on 127.0.0.1: events written by the
// database in the change's transaction, signed POSTs, retries, giving up, redelivery, URL rules.
type TReceived = { headers: IncomingHttpHeaders; body: string };
const received: TReceived[] = [];
let answers: number[] = [];
let hang = false;
let server: Server;
let base: string;
let fixture: Awaited<ReturnType<typeof createStaffAndDealer>>;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      if (hang) return;
      response.statusCode = answers.shift() ?? 200;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fixture = await createStaffAndDealer();
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const actor = () => ({ userId: fixture.staffUser.id });

/** A fresh token with a webhook to the receiver; every earlier token is revoked (their events stay put). */
async function freshEndpoint(path = "/hook") {
  await db.erpToken.updateMany({ where: { revokedAt: null }, data: { revokedAt: new Date() } });
  const token = await createErpToken(db, `erp ${Math.random()}`);
  const saved = await saveWebhookEndpoint(actor(), token.id, `${base}${path}`);
  return { tokenId: token.id, secret: saved.secret! };
}
const eventsOf = (tokenId: number) =>
  db.webhookEvent.findMany({
    where: { endpoint: { tokenId } },
    orderBy: { id: "asc" },
    include: { log: true },
  });
const later = (ms: number) => new Date(Date.now() + ms);

beforeEach(() => {
  received.length = 0;
  answers = [];
  hang = false;
});

describe("URL rules when saving", () => {
  it.each([
    ["https://10.0.0.1/", "erpWebhooks.url.privateAddress"],
    ["https://[::ffff:127.0.0.1]/", "erpWebhooks.url.privateAddress"],
    ["https://[fe80::1]/", "erpWebhooks.url.privateAddress"],
    ["https://100.64.0.1/", "erpWebhooks.url.privateAddress"],
    ["https://169.254.169.254/latest", "erpWebhooks.url.privateAddress"],
    ["https://0.0.0.0/", "erpWebhooks.url.privateAddress"],
    ["https://[::]/", "erpWebhooks.url.privateAddress"],
    ["https://224.0.0.1/", "erpWebhooks.url.privateAddress"],
    ["https://[fd00::1]/", "erpWebhooks.url.privateAddress"],
    ["https://[64:ff9b::a00:1]/", "erpWebhooks.url.privateAddress"],
    ["http://example.com/", "erpWebhooks.url.httpsOnly"],
    ["ftp://example.com/", "erpWebhooks.url.httpsOnly"],
    ["http://127.0.0.2:8080/", "erpWebhooks.url.httpsOnly"],
    ["https://user:pw@example.com/", "erpWebhooks.url.credentials"],
    ["not a url", "erpWebhooks.url.invalid"],
  ])("%s is refused (%s), nothing saved", async (url, key) => {
    const token = await createErpToken(db, "refused");
    await expect(saveWebhookEndpoint(actor(), token.id, url)).rejects.toMatchObject({
      code: "VALIDATION",
      messageKey: key,
      fieldErrors: { url: [key] },
    });
    expect(await db.webhookEndpoint.count({ where: { tokenId: token.id } })).toBe(0);
    expect(
      await db.auditEntry.count({ where: { action: "erp.webhook.save", objectId: String(token.id) } }),
    ).toBe(0);
  });

  it("a host name that resolves to a private address is refused when the rule is enforced", async () => {
    const token = await createErpToken(db, "dns");
    const policy = { enforcePublic: true, lookup: async () => [{ address: "192.168.1.20", family: 4 }] };
    await expect(
      saveWebhookEndpoint(actor(), token.id, "https://hooks.erp.test/", policy),
    ).rejects.toMatchObject({
      messageKey: "erpWebhooks.url.privateAddress",
    });
    const mixed = {
      enforcePublic: true,
      lookup: async () => [
        { address: "93.184.216.34", family: 4 },
        { address: "::ffff:10.0.0.1", family: 6 },
      ],
    };
    await expect(
      saveWebhookEndpoint(actor(), token.id, "https://hooks.erp.test/", mixed),
    ).rejects.toMatchObject({
      messageKey: "erpWebhooks.url.privateAddress",
    });
    const publicOnly = { enforcePublic: true, lookup: async () => [{ address: "93.184.216.34", family: 4 }] };
    await expect(
      saveWebhookEndpoint(actor(), token.id, "https://hooks.erp.test/", publicOnly),
    ).resolves.toMatchObject({
      url: "https://hooks.erp.test/",
    });
  });

  it.each(["http://127.0.0.1:8080/hook", "http://localhost/hook", "https://[::1]/hook"])(
    "in production the loopback exception is gone: %s is refused",
    async (url) => {
      const token = await createErpToken(db, "loopback in production");
      const production = { enforcePublic: true, lookup: async () => [{ address: "127.0.0.1", family: 4 }] };
      await expect(saveWebhookEndpoint(actor(), token.id, url, production)).rejects.toMatchObject({
        messageKey: "erpWebhooks.url.privateAddress",
      });
      expect(await db.webhookEndpoint.count({ where: { tokenId: token.id } })).toBe(0);
    },
  );

  it("http to 127.0.0.1 with a port is allowed; the secret is shown on creation and rotation only; audited", async () => {
    const token = await createErpToken(db, "ok");
    const first = await saveWebhookEndpoint(actor(), token.id, `${base}/a`);
    expect(first.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const second = await saveWebhookEndpoint(actor(), token.id, `${base}/b`);
    expect(second.secret).toBeNull();
    const stored = await db.webhookEndpoint.findUniqueOrThrow({ where: { tokenId: token.id } });
    expect(stored).toMatchObject({ url: `${base}/b`, secret: first.secret });
    const rotated = await rotateWebhookSecret(actor(), token.id);
    expect(rotated.secret).not.toBe(first.secret);
    const audit = await db.auditEntry.findMany({
      where: { objectType: "ErpToken", objectId: String(token.id) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ["erp.webhook.save", null, { url: `${base}/a` }],
      ["erp.webhook.save", { url: `${base}/a` }, { url: `${base}/b` }],
      ["erp.webhook.rotate-secret", null, null],
    ]);
    expect(JSON.stringify(audit)).not.toContain(first.secret);
  });

  it("a revoked or unknown token has no webhook to save (404)", async () => {
    const token = await createErpToken(db, "gone");
    await db.erpToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await expect(saveWebhookEndpoint(actor(), token.id, `${base}/x`)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(saveWebhookEndpoint(actor(), 999_999, `${base}/x`)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("events are written in the change's transaction", () => {
  it("a rolled-back change writes no event; a committed one writes one per transaction", async () => {
    const { tokenId } = await freshEndpoint();
    const created = await createOpenRmaFor();
    await expect(
      db.$transaction(async (tx) => {
        await tx.rma.update({ where: { id: created.rma.id }, data: { remarks: "x" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const before = await eventsOf(tokenId);
    // createOpenRmaFor committed its own creation: rma.created only; the rolled-back update added nothing.
    expect(before.map((e) => e.type)).toEqual(["rma.created"]);

    await expect(
      db.$transaction(async (tx) => {
        await tx.warrantyClaim.create({
          data: {
            number: "MAS-ROLLBACK",
            customerId: fixture.customer.id,
            createdById: fixture.dealerUser.id,
            idempotencyKey: "rollback",
            articleNumber: "WG1",
            serialNumber: "S",
            vehicleMake: "VW",
            vehicleModel: "Golf",
            complaint: "x",
            checksDone: [],
          },
        });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await eventsOf(tokenId)).toHaveLength(1);

    // One transaction touching the RMA and both its lines is one rma.updated.
    const rma = await db.rma.findFirstOrThrow({
      where: { id: before[0]!.objectId },
      include: { lines: true },
    });
    await db.$transaction(async (tx) => {
      for (const line of rma.lines)
        await tx.rmaLine.update({ where: { id: line.id }, data: { remark: "seen" } });
      await tx.rma.update({ where: { id: rma.id }, data: { parcelCount: 2 } });
    });
    const after = await eventsOf(tokenId);
    expect(after.map((e) => [e.type, e.objectNumber])).toEqual([
      ["rma.created", rma.number],
      ["rma.updated", rma.number],
    ]);
    // An update that changes nothing writes nothing.
    await db.$executeRaw`UPDATE "Rma" SET "parcelCount" = "parcelCount" WHERE "id" = ${rma.id}`;
    expect(await eventsOf(tokenId)).toHaveLength(2);
  });

  it("the ERP's credit note that invoices an RMA, and a claim's new event, are events too", async () => {
    const { tokenId } = await freshEndpoint();
    const { rma } = await createOpenRmaFor({ received: true });
    const result = await runErpBatch(
      "invoices",
      [
        {
          number: "MVF2600001",
          customerNumber: fixture.customer.erpNumber,
          kind: "CREDIT_NOTE",
          invoiceDate: "2026-12-01",
          dueDate: "2026-12-01",
          amount: "-10.00",
          rmaNumber: rma.number,
        },
      ],
      { kind: "token", tokenId },
    );
    expect(result.rejected).toEqual([]);
    const claim = await createClaim(fixture.customer.id, fixture.dealerUser.id);
    await db.warrantyEvent.create({ data: { claimId: claim.id, kind: "MESSAGE", message: "Any news?" } });
    const events = await eventsOf(tokenId);
    expect(events.map((e) => [e.type, e.objectNumber])).toEqual([
      ["rma.created", rma.number],
      ["rma.updated", rma.number],
      ["warranty_claim.created", claim.number],
      ["warranty_claim.updated", claim.number],
    ]);
  });
});

let rmaCounter = 0;
/** An RMA with two lines, created in one transaction (one rma.created); received lines when asked. */
async function createOpenRmaFor({ received = false } = {}) {
  rmaCounter += 1;
  const reason = await createReason();
  const delivered = [
    await createDeliveredLine(fixture.customer.id, 3),
    await createDeliveredLine(fixture.customer.id, 2),
  ];
  const rma = await db.rma.create({
    data: {
      number: `IRM26${String(rmaCounter).padStart(5, "0")}`,
      customerId: fixture.customer.id,
      createdById: fixture.dealerUser.id,
      idempotencyKey: `webhook-${rmaCounter}`,
      surcharge: "2.50",
      lines: {
        create: delivered.map((d, i) => ({
          deliveredLineId: d.id,
          reasonId: reason.id,
          quantityExpected: i + 1,
          ...(received
            ? { quantityReceived: i + 1, receivedAt: new Date("2026-12-01"), status: "RECEIVED" as const }
            : {}),
        })),
      },
    },
    include: { lines: true },
  });
  return { rma };
}

function receiverVerifies(secret: string, request: TReceived): boolean {
  // What a receiver does, written from the documentation (docs/erp-api.md "Webhooks").
  const timestamp = request.headers["webhook-timestamp"] as string;
  const expected = `v1=${createHmac("sha256", secret).update(`${timestamp}.${request.body}`).digest("hex")}`;
  return request.headers["webhook-signature"] === expected;
}

describe("delivery", () => {
  it("posts the feed's shape, signed; a receiver with the secret verifies it, a wrong secret does not", async () => {
    const { tokenId, secret } = await freshEndpoint();
    const { rma } = await createOpenRmaFor();
    const claim = await createClaim(fixture.customer.id, fixture.dealerUser.id);
    const result = await drainWebhooks();
    expect(result).toEqual({ claimed: 2, delivered: 2, failed: 0 });
    expect(received).toHaveLength(2);
    const rmaPost = received.find((r) => r.body.includes('"type":"rma.created"'));
    const claimPost = received.find((r) => r.body.includes('"type":"warranty_claim.created"'));
    for (const post of received) {
      expect(post.headers["content-type"]).toBe("application/json");
      expect(post.headers["webhook-id"]).toMatch(/^evt_\d+$/);
      expect(Math.abs(Number(post.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
      expect(receiverVerifies(secret, post)).toBe(true);
      expect(receiverVerifies(`${secret}x`, post)).toBe(false);
      expect(receiverVerifies(secret, { ...post, body: post.body.replace("created", "updated") })).toBe(
        false,
      );
    }
    const rmaBody = JSON.parse(rmaPost!.body);
    const feedRma = (await listRmasSince(undefined, 500)).items.find((i) => i.number === rma.number);
    expect(rmaBody).toEqual({
      id: rmaPost!.headers["webhook-id"],
      type: "rma.created",
      createdAt: expect.any(String),
      number: rma.number,
      data: feedRma,
    });
    const claimBody = JSON.parse(claimPost!.body);
    const feedClaim = (await listClaimsSince(undefined, 500)).items.find((i) => i.number === claim.number);
    expect(claimBody).toMatchObject({
      type: "warranty_claim.created",
      number: claim.number,
      data: feedClaim,
    });
    const events = await eventsOf(tokenId);
    expect(events.map((e) => [e.status, e.attempts, e.log.map((l) => [l.statusCode, l.error])])).toEqual([
      ["DELIVERED", 1, [[200, null]]],
      ["DELIVERED", 1, [[200, null]]],
    ]);
    expect(await drainWebhooks()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
  });

  it("retries after a 500 with the mail's backoff, then delivers", async () => {
    const { tokenId } = await freshEndpoint();
    await createOpenRmaFor();
    answers = [500];
    const now = new Date();
    expect(await drainWebhooks({ now })).toEqual({ claimed: 1, delivered: 0, failed: 1 });
    let [event] = await eventsOf(tokenId);
    expect(event).toMatchObject({ status: "PENDING", attempts: 1, lastError: "HTTP 500" });
    expect(event!.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    expect(await drainWebhooks({ now: new Date(now.getTime() + 1000) })).toMatchObject({ claimed: 0 });
    expect(await drainWebhooks({ now: event!.nextAttemptAt })).toMatchObject({ claimed: 1, delivered: 1 });
    [event] = await eventsOf(tokenId);
    expect(event).toMatchObject({ status: "DELIVERED", attempts: 2, lastError: null });
    expect(event!.log.map((l) => l.statusCode)).toEqual([500, 200]);
    expect(received[0]!.body).toBe(received[1]!.body);
    expect(received[0]!.headers["webhook-id"]).toBe(received[1]!.headers["webhook-id"]);
  });

  it(`gives up after ${WEBHOOK_MAX_ATTEMPTS} attempts (FAILED); redeliver sends the same event again`, async () => {
    const { tokenId, secret } = await freshEndpoint();
    await createOpenRmaFor();
    answers = Array(WEBHOOK_MAX_ATTEMPTS).fill(503);
    for (let i = 1; i <= WEBHOOK_MAX_ATTEMPTS; i++)
      expect(await drainWebhooks({ now: later(i * 2 * 60 * 60_000) })).toMatchObject({
        claimed: 1,
        failed: 1,
      });
    const [failed] = await eventsOf(tokenId);
    expect(failed).toMatchObject({ status: "FAILED", attempts: WEBHOOK_MAX_ATTEMPTS, lastError: "HTTP 503" });
    expect(failed!.log).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    expect(await drainWebhooks({ now: later(100 * 60 * 60_000) })).toMatchObject({ claimed: 0 });

    // Another token's event id is not this token's: 404, nothing changes.
    const other = await createErpToken(db, "other");
    await expect(redeliverWebhookEvent(actor(), other.id, failed!.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await redeliverWebhookEvent(actor(), tokenId, failed!.id);
    expect(await drainWebhooks()).toMatchObject({ claimed: 1, delivered: 1 });
    const [redelivered] = await eventsOf(tokenId);
    expect(redelivered).toMatchObject({ status: "DELIVERED", attempts: WEBHOOK_MAX_ATTEMPTS + 1 });
    expect(received.at(-1)!.body).toBe(received[0]!.body);
    expect(receiverVerifies(secret, received.at(-1)!)).toBe(true);
    // A delivered event can be sent again too.
    await redeliverWebhookEvent(actor(), tokenId, failed!.id);
    expect(await drainWebhooks()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(
      await db.auditEntry.count({ where: { action: "erp.webhook.redeliver", objectId: String(tokenId) } }),
    ).toBe(2);
  });

  it("a timeout and a refused connection are failed attempts, retried later", async () => {
    const { tokenId } = await freshEndpoint();
    await createOpenRmaFor();
    hang = true;
    expect(await drainWebhooks({ timeoutMs: 300 })).toMatchObject({ claimed: 1, failed: 1 });
    let [event] = await eventsOf(tokenId);
    expect(event).toMatchObject({ status: "PENDING", attempts: 1, lastError: "timeout after 300 ms" });
    expect(event!.log[0]!.durationMs).toBeGreaterThanOrEqual(250);
    hang = false;
    server.closeAllConnections();
    await db.webhookEndpoint.updateMany({ where: { tokenId }, data: { url: "http://127.0.0.1:1/closed" } });
    expect(await drainWebhooks({ now: later(60 * 60_000) })).toMatchObject({ claimed: 1, failed: 1 });
    [event] = await eventsOf(tokenId);
    expect(event).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(event!.lastError).toContain("ECONNREFUSED");
  });

  it("at send time a host that now resolves to a private address is refused and nothing is sent", async () => {
    const { tokenId } = await freshEndpoint();
    await db.webhookEndpoint.updateMany({ where: { tokenId }, data: { url: "https://hooks.erp.test/in" } });
    await createOpenRmaFor();
    const rebound = { enforcePublic: true, lookup: async () => [{ address: "10.20.30.40", family: 4 }] };
    expect(await drainWebhooks({ policy: rebound })).toMatchObject({ claimed: 1, failed: 1 });
    const [event] = await eventsOf(tokenId);
    expect(event).toMatchObject({ status: "PENDING", lastError: "URL refused: privateAddress" });
    expect(event!.log[0]).toMatchObject({ statusCode: null, error: "URL refused: privateAddress" });
    expect(received).toHaveLength(0);
  });

  it("connects to the address it checked: the host is looked up once, by the check", async () => {
    const { tokenId } = await freshEndpoint();
    const port = (server.address() as AddressInfo).port;
    await db.webhookEndpoint.updateMany({
      where: { tokenId },
      data: { url: `http://localhost:${port}/pinned` },
    });
    await createOpenRmaFor();
    const looked: string[] = [];
    const lookup = async (host: string) => {
      looked.push(host);
      return [{ address: "127.0.0.1", family: 4 }];
    };
    expect(await drainWebhooks({ policy: { lookup } })).toMatchObject({ delivered: 1 });
    expect(looked).toEqual(["localhost"]);
    expect(received[0]!.headers.host).toBe(`localhost:${port}`);
  });

  it("a revoked token's events are not delivered", async () => {
    const { tokenId } = await freshEndpoint();
    await createOpenRmaFor();
    await db.erpToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    expect(await drainWebhooks()).toMatchObject({ claimed: 0 });
    expect(received).toHaveLength(0);
  });

  it("the staff page's data lists the events with each attempt, newest first", async () => {
    const { tokenId } = await freshEndpoint();
    const { rma } = await createOpenRmaFor();
    answers = [502];
    await drainWebhooks();
    const data = await webhookPageData(tokenId);
    expect(data!.token.webhook!.url).toBe(`${base}/hook`);
    expect(JSON.stringify(data)).not.toContain("whsec_");
    expect(
      data!.events.map((e) => [e.type, e.objectNumber, e.status, e.log.map((l) => l.statusCode)]),
    ).toEqual([["rma.created", rma.number, "PENDING", [502]]]);
  });
});
