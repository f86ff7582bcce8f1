import { describe, expect, it } from "vitest";
import { GET as getDocument } from "@/app/api/erp/v1/documents/[id]/route";
import {
  GET as getRmaReceipts,
  POST as postRmaReceipts,
} from "@/app/api/erp/v1/rmas/[number]/receipts/route";
import { GET as getRmas } from "@/app/api/erp/v1/rmas/route";
import {
  GET as getClaimStatus,
  POST as postClaimStatus,
} from "@/app/api/erp/v1/warranty-claims/[number]/status/route";
import { GET as getClaims } from "@/app/api/erp/v1/warranty-claims/route";
import { db } from "@/lib/db/client";
import { listAuditTimeline, readableAuditEntry } from "@/lib/staff/audit/queries";
import { loadAuditWords } from "@/lib/staff/audit/words";
import { closeRma } from "@/lib/staff/returns/close-rma";
import { receiveRmaLine } from "@/lib/staff/returns/receive-line";
import { createClaim, createOpenRma, createStaffAndDealer } from "@/lib/staff/test-fixtures";
import { attachClaimDocument } from "@/lib/staff/warranty/claim-details";
import { getAttachmentStore } from "@/lib/storage/store";
import { pdfText } from "@/tests/pdf-text";
import { createErpToken } from "./tokens";

// ERP API 1.1 write-back: receipts of RMA lines and warranty claim statuses, with the staff
// dashboard's effects (counters, mails, audit under the token's name), idempotent, dry-runnable,
// refusals as problems with stable codes; and the claims feed's attachment URLs.
type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (
  handler: THandler,
  path: string,
  params: Record<string, string>,
  { token, body, method = "POST" }: { token: string | null; body?: unknown; method?: string },
) =>
  handler(
    new Request(`http://portal.test/api/erp/v1${path}`, {
      method,
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }),
    { params: Promise.resolve(params) },
  );

async function setup(
  lines = [
    { delivered: 5, expected: 3 },
    { delivered: 2, expected: 2 },
  ],
) {
  const company = await createStaffAndDealer();
  const open = await createOpenRma(company.customer.id, company.dealerUser.id, lines);
  const erp = await createErpToken(db, `Exact koppeling ${open.rma.number}`);
  const receipt = (body: unknown, query = "", token: string | null = erp.token) =>
    call(
      postRmaReceipts as THandler,
      `/rmas/${open.rma.number}/receipts${query}`,
      { number: open.rma.number },
      {
        token,
        body,
      },
    );
  return { ...company, ...open, erp, receipt };
}
const counters = (id: number) =>
  db.deliveredLine.findUniqueOrThrow({
    where: { id },
    select: { quantityInRequest: true, quantityReturned: true },
  });
const rmaMails = (email: string) =>
  db.outboxMessage.count({ where: { template: "rma-status", to: { has: email } } });
const problemOf = async (response: Response) => {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as {
    status: number;
    code: string;
    errors?: { path: string; code: string }[];
  };
};

describe("POST /rmas/{number}/receipts", { timeout: 120_000 }, () => {
  it("receives one line and rejects another as staff would: counters, mails, audit under the token's name", async () => {
    const { rma, lines, dealerUser, erp, receipt } = await setup();
    const [a, b] = lines as [(typeof lines)[0], (typeof lines)[0]];
    const response = await receipt({
      lines: [
        { id: a.line.id, status: "RECEIVED", quantityReceived: 2, receivedAt: "2026-12-01" },
        { id: b.line.id, status: "REJECTED", reason: "Gebruikt, geen retour", receivedAt: "2026-12-01" },
      ],
    });
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer).toMatchObject({
      number: rma.number,
      status: "OPEN",
      lines: [
        {
          id: a.line.id,
          status: "RECEIVED",
          quantityReceived: 2,
          receivedAt: "2026-12-01",
          rejectionReason: null,
        },
        { id: b.line.id, status: "REJECTED", quantityReceived: 0, rejectionReason: "Gebruikt, geen retour" },
      ],
    });
    expect(await counters(a.delivered.id)).toEqual({ quantityInRequest: 0, quantityReturned: 2 });
    expect(await counters(b.delivered.id)).toEqual({ quantityInRequest: 0, quantityReturned: 0 });
    expect(await rmaMails(dealerUser.email)).toBe(2);
    const audit = await db.auditEntry.findMany({ where: { objectType: "RmaLine" }, orderBy: { id: "asc" } });
    const mine = audit.filter((e) => [String(a.line.id), String(b.line.id)].includes(e.objectId));
    expect(mine.map((e) => [e.action, e.actorRole, e.actorUserId, e.actorErpTokenId])).toEqual([
      ["rmaLine.receive", "ERP", null, erp.id],
      ["rmaLine.reject", "ERP", null, erp.id],
    ]);
    const [entry] = await listAuditTimeline({ recordNumber: rma.number });
    expect(readableAuditEntry(entry!, await loadAuditWords("nl")).actor).toBe(erp.name);

    // The same receipt again: the same answer, nothing changed, no mail, no audit.
    const before = await db.rmaLine.findMany({ where: { rmaId: rma.id }, orderBy: { id: "asc" } });
    const again = await receipt({
      lines: [
        { id: a.line.id, status: "RECEIVED", quantityReceived: 2, receivedAt: "2026-12-01" },
        { id: b.line.id, status: "REJECTED", reason: "Gebruikt, geen retour", receivedAt: "2026-12-01" },
      ],
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(answer);
    expect(await db.rmaLine.findMany({ where: { rmaId: rma.id }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await rmaMails(dealerUser.email)).toBe(2);
    expect(await db.auditEntry.count({ where: { actorErpTokenId: erp.id } })).toBe(2);
  });

  it("hands the RMA out again in the feed after a receipt, with the lines as received", async () => {
    const { rma, lines, erp, receipt } = await setup();
    const feed = async (since?: string) =>
      (
        await getRmas(
          new Request(`http://portal.test/api/erp/v1/rmas?limit=500${since ? `&since=${since}` : ""}`, {
            headers: { authorization: `Bearer ${erp.token}` },
          }),
        )
      ).json();
    let page = await feed();
    while (page.items.length === 500) page = await feed(page.nextCursor);
    const cursor = page.nextCursor as string;
    expect((await feed(cursor)).items.map((r: { number: string }) => r.number)).not.toContain(rma.number);
    await receipt({
      lines: [{ id: lines[0]!.line.id, status: "RECEIVED", quantityReceived: 3, receivedAt: "2026-12-01" }],
    });
    const after = await feed(cursor);
    const item = after.items.find((r: { number: string }) => r.number === rma.number);
    expect(item?.lines.map((l: { status: string }) => l.status)).toEqual(["RECEIVED", "EXPECTED"]);
  });

  it("two identical receipts at once: both answered 200 alike, the line counted once", async () => {
    const { lines, dealerUser, erp, receipt } = await setup();
    const body = {
      lines: [{ id: lines[0]!.line.id, status: "RECEIVED", quantityReceived: 3, receivedAt: "2026-12-03" }],
    };
    const [one, two] = await Promise.all([receipt(body), receipt(body)]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(await one.json()).toEqual(await two.json());
    expect(await counters(lines[0]!.delivered.id)).toEqual({ quantityInRequest: 0, quantityReturned: 3 });
    expect(await rmaMails(dealerUser.email)).toBe(1);
    expect(await db.auditEntry.count({ where: { actorErpTokenId: erp.id } })).toBe(1);
  });

  it("?dryRun=true answers the same and writes nothing", async () => {
    const { rma, lines, dealerUser, erp, receipt } = await setup();
    const body = {
      lines: [{ id: lines[0]!.line.id, status: "RECEIVED", quantityReceived: 3, receivedAt: "2026-12-02" }],
    };
    const dry = await receipt(body, "?dryRun=true");
    expect(dry.status).toBe(200);
    const dryAnswer = await dry.json();
    expect(dryAnswer).toMatchObject({ dryRun: true, lines: [{ status: "RECEIVED", quantityReceived: 3 }] });
    expect(await db.rmaLine.findUniqueOrThrow({ where: { id: lines[0]!.line.id } })).toMatchObject({
      status: "EXPECTED",
      quantityReceived: null,
    });
    expect(await counters(lines[0]!.delivered.id)).toEqual({ quantityInRequest: 3, quantityReturned: 0 });
    expect(await rmaMails(dealerUser.email)).toBe(0);
    expect(await db.auditEntry.count({ where: { actorErpTokenId: erp.id } })).toBe(0);
    const real = await (await receipt(body)).json();
    expect(real).toEqual({ ...dryAnswer, dryRun: undefined, number: rma.number });
    expect("dryRun" in real).toBe(false);
    expect((await receipt({ lines: [] }, "?dryRun=maybe")).status).toBe(400);
  });

  it("refuses with problems and stable codes, and writes nothing: 404, 409, 422, 400, 405", async () => {
    const { rma, lines, staff, dealerUser, erp, receipt } = await setup();
    const [a, b] = lines as [(typeof lines)[0], (typeof lines)[0]];
    const other = await setup([{ delivered: 1, expected: 1 }]);

    const unknown = await call(
      postRmaReceipts as THandler,
      "/rmas/IRM0000000/receipts",
      { number: "IRM0000000" },
      {
        token: erp.token,
        body: {
          lines: [{ id: a.line.id, status: "RECEIVED", quantityReceived: 1, receivedAt: "2026-12-01" }],
        },
      },
    );
    expect(unknown.status).toBe(404);
    expect(await problemOf(unknown)).toMatchObject({ status: 404, code: "NOT_FOUND" });

    const tooMany = await receipt({
      lines: [
        { id: b.line.id, status: "RECEIVED", quantityReceived: 2, receivedAt: "2026-12-01" },
        { id: a.line.id, status: "RECEIVED", quantityReceived: 4, receivedAt: "2026-12-01" },
      ],
    });
    expect(tooMany.status).toBe(422);
    expect(await problemOf(tooMany)).toMatchObject({
      code: "UNPROCESSABLE",
      errors: [{ path: "lines.1.quantityReceived", code: "exceeds_expected" }],
    });
    // All or nothing: the good line of the refused receipt was not received either.
    expect(await db.rmaLine.findUniqueOrThrow({ where: { id: b.line.id } })).toMatchObject({
      status: "EXPECTED",
    });
    expect(await rmaMails(dealerUser.email)).toBe(0);

    const foreign = await receipt({
      lines: [
        { id: other.lines[0]!.line.id, status: "RECEIVED", quantityReceived: 1, receivedAt: "2026-12-01" },
        { id: a.line.id, status: "RECEIVED", quantityReceived: 1, receivedAt: "2026-12-01" },
        { id: a.line.id, status: "RECEIVED", quantityReceived: 1, receivedAt: "2026-12-01" },
      ],
    });
    expect(foreign.status).toBe(422);
    expect((await problemOf(foreign)).errors).toEqual([
      expect.objectContaining({ path: "lines.0.id", code: "unknown_rma_line" }),
      expect.objectContaining({ path: "lines.2.id", code: "duplicate_key" }),
    ]);

    await receiveRmaLine(staff, { rmaLineId: a.line.id, quantityReceived: 3, receivedAt: "2026-11-30" });
    const handled = await receipt({
      lines: [{ id: a.line.id, status: "REJECTED", reason: "Kapot", receivedAt: "2026-12-01" }],
    });
    expect(handled.status).toBe(409);
    expect(await problemOf(handled)).toMatchObject({
      code: "CONFLICT",
      errors: [{ path: "lines.0", code: "already_handled" }],
    });
    expect(await db.rmaLine.findUniqueOrThrow({ where: { id: a.line.id } })).toMatchObject({
      status: "RECEIVED",
      quantityReceived: 3,
    });

    await closeRma(staff, { rmaId: rma.id });
    const closed = await receipt({
      lines: [{ id: b.line.id, status: "RECEIVED", quantityReceived: 1, receivedAt: "2026-12-01" }],
    });
    expect(closed.status).toBe(409);
    expect((await problemOf(closed)).errors).toEqual([expect.objectContaining({ code: "rma_not_open" })]);

    const shapes = await receipt({ lines: [{ id: b.line.id, status: "LOST", receivedAt: "2026-13-01" }] });
    expect(shapes.status).toBe(400);
    expect((await problemOf(shapes)).errors!.length).toBeGreaterThan(0);
    expect((await receipt("{ nope")).status).toBe(400);
    expect((await receipt({ lines: [] }, "", null)).status).toBe(401);

    const get = await getRmaReceipts(
      new Request(`http://portal.test/api/erp/v1/rmas/${rma.number}/receipts`),
    );
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(await db.auditEntry.count({ where: { actorErpTokenId: erp.id } })).toBe(0);
  });
});

describe("POST /warranty-claims/{number}/status", { timeout: 120_000 }, () => {
  async function claimSetup() {
    const company = await createStaffAndDealer();
    const claim = await createClaim(company.customer.id, company.dealerUser.id);
    const erp = await createErpToken(db, `Exact koppeling ${claim.number}`);
    const post = (body: unknown, query = "") =>
      call(
        postClaimStatus as THandler,
        `/warranty-claims/${claim.number}/status${query}`,
        { number: claim.number },
        {
          token: erp.token,
          body,
        },
      );
    const mails = () =>
      db.outboxMessage.count({
        where: { template: "warranty-status", to: { has: company.dealerUser.email } },
      });
    return { ...company, claim, erp, post, mails };
  }

  it("moves the claim on with the reaction PDF, event, mail and audit under the token; again: unchanged", async () => {
    const { claim, erp, post, mails } = await claimSetup();
    const response = await post({
      status: "REFUSED",
      reaction: "Schade door olievervuiling, geen garantie.",
    });
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer).toMatchObject({ number: claim.number, status: "REFUSED", handledAt: expect.any(String) });
    const stored = await db.warrantyClaim.findUniqueOrThrow({
      where: { id: claim.id },
      include: { documents: true, events: true },
    });
    expect(stored.status).toBe("REFUSED");
    const reaction = stored.documents.find((d) => d.kind === "WARRANTY_REACTION")!;
    const text = await pdfText((await getAttachmentStore().get(reaction.storageKey))!);
    expect(text).toContain("Schade door olievervuiling");
    expect(text).toContain(erp.name);
    expect(stored.events.map((e) => [e.kind, e.status, e.byStaff, e.actorUserId])).toEqual([
      ["STATUS", "REFUSED", true, null],
    ]);
    expect(await mails()).toBe(1);
    const audit = await db.auditEntry.findMany({
      where: { objectType: "WarrantyClaim", objectId: String(claim.id) },
    });
    expect(audit.map((e) => [e.action, e.actorRole, e.actorErpTokenId])).toEqual([
      ["claim.status", "ERP", erp.id],
    ]);

    const again = await post({ status: "REFUSED", reaction: "Schade door olievervuiling, geen garantie." });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(answer);
    expect(await db.document.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await db.warrantyEvent.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await mails()).toBe(1);

    const later = await post({ status: "AWARDED" });
    expect(later.status).toBe(409);
    expect(await problemOf(later)).toMatchObject({
      code: "CONFLICT",
      errors: [{ path: "status", code: "bad_transition" }],
    });
  });

  it("?dryRun=true writes nothing; a refusal without a reaction is 422; an unknown claim 404; GET 405", async () => {
    const { claim, erp, post, mails } = await claimSetup();
    const dry = await post({ status: "AWARDED", reaction: "Toegekend" }, "?dryRun=true");
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ status: "AWARDED", dryRun: true });
    expect(await db.warrantyClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "RECEIVED",
      handledAt: null,
    });
    expect(await db.document.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await mails()).toBe(0);

    const noReaction = await post({ status: "REFUSED", reaction: "  " });
    expect(noReaction.status).toBe(422);
    expect(await problemOf(noReaction)).toMatchObject({
      code: "UNPROCESSABLE",
      errors: [{ path: "reaction", code: "reaction_required" }],
    });
    expect((await post({ status: "RECEIVED" })).status).toBe(400);
    expect((await post({ status: "AWARDED", extra: 1 })).status).toBe(400);

    const unknown = await call(
      postClaimStatus as THandler,
      "/warranty-claims/MAS0/status",
      { number: "MAS0" },
      {
        token: erp.token,
        body: { status: "AWARDED" },
      },
    );
    expect(await problemOf(unknown)).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect(await db.auditEntry.count({ where: { actorErpTokenId: erp.id } })).toBe(0);

    const get = await getClaimStatus(
      new Request(`http://portal.test/api/erp/v1/warranty-claims/${claim.number}/status`),
    );
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });
});

describe("the claims feed's attachment URLs", () => {
  it("lists each claim's files with a URL the token downloads; unknown ids are a 404 problem", async () => {
    const { customer, dealerUser, staff } = await createStaffAndDealer();
    const claim = await createClaim(customer.id, dealerUser.id);
    const bytes = new TextEncoder().encode("%PDF-1.4\nkredietnota\n");
    await attachClaimDocument(
      staff,
      { claimId: claim.id, kind: "CREDIT_NOTE" },
      { fileName: "credit.pdf", bytes },
    );
    const { token } = await createErpToken(db, "feed");
    const feed = await (
      await getClaims(
        new Request("http://portal.test/api/erp/v1/warranty-claims?limit=500", {
          headers: { authorization: `Bearer ${token}` },
        }),
      )
    ).json();
    const item = feed.items.find((c: { number: string }) => c.number === claim.number);
    const document = await db.document.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(item.attachments).toEqual([
      {
        id: document.id,
        kind: "CREDIT_NOTE",
        fileName: "credit.pdf",
        contentType: "application/pdf",
        size: bytes.byteLength,
        sha256: document.sha256,
        url: expect.stringMatching(new RegExp(`/api/erp/v1/documents/${document.id}$`)),
      },
    ]);
    const download = (id: string, secret: string | null) =>
      call(getDocument as THandler, `/documents/${id}`, { id }, { token: secret, method: "GET" });
    const file = await download(String(document.id), token);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
    expect(file.headers.get("content-disposition")).toContain("credit.pdf");
    expect((await download(String(document.id), null)).status).toBe(401);
    for (const id of ["999999999", "abc", "-1"]) {
      const missing = await download(id, token);
      expect(missing.status).toBe(404);
      expect(await problemOf(missing)).toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
