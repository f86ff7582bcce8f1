import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getAttachmentStore } from "@/lib/storage/store";
import { runErpBatch } from "./batch";
import { listRmasSince } from "./feed";
import { createTestCustomer, deliveredRow } from "./test-fixtures";

const source = { kind: "token", tokenId: 1 } as const;
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`).toString("base64");
let customerId: number;

beforeAll(async () => {
  customerId = (await createTestCustomer("10001")).id;
  await createTestCustomer("10002", "Autoparts Lefèvre");
});

async function createRma(number: string, ownerId = customerId) {
  const user = await db.user.create({
    data: { email: `${number}@test.test`, name: "Dealer", customerId: ownerId },
  });
  const reason = await db.returnReason.upsert({
    where: { code: "DEFECT" },
    update: {},
    create: {
      code: "DEFECT",
      labelNl: "Defect artikel",
      labelFr: "Défectueux",
      labelEn: "Defective",
      labelDe: "Defekt",
    },
  });
  await runErpBatch(
    "delivered-lines",
    [deliveredRow(Number(number.slice(-3)), { customerNumber: ownerId === customerId ? "10001" : "10002" })],
    source,
  );
  const line = await db.deliveredLine.findUniqueOrThrow({
    where: { erpKey: `DL-${Number(number.slice(-3))}` },
  });
  return db.rma.create({
    data: {
      number,
      customerId: ownerId,
      createdById: user.id,
      idempotencyKey: number,
      surcharge: "2.50",
      lines: {
        create: [
          {
            deliveredLineId: line.id,
            reasonId: reason.id,
            quantityExpected: 1,
            quantityReceived: 1,
            receivedAt: new Date("2020-10-03"),
            status: "RECEIVED",
          },
        ],
      },
    },
    include: { lines: true },
  });
}

describe("customers", () => {
  it("keeps the staff's carrier and language when the ERP leaves them out", async () => {
    await db.customer.update({
      where: { id: customerId },
      data: { carrier: "NIGHT_CARRIER", language: "fr" },
    });
    const result = await runErpBatch(
      "customers",
      [
        { erpNumber: "10001", name: "Garage Dupont BV", city: "Rotterdam" },
        { erpNumber: "10003", name: "Nieuw" },
      ],
      source,
    );
    expect(result).toMatchObject({ created: 1, updated: 1, rejected: [] });
    const stored = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
    expect(stored).toMatchObject({
      name: "Garage Dupont BV",
      city: "Rotterdam",
      carrier: "NIGHT_CARRIER",
      language: "fr",
    });
    expect(await db.customer.findUniqueOrThrow({ where: { erpNumber: "10003" } })).toMatchObject({
      language: "nl",
      carrier: "PARCEL_SERVICE",
      active: true,
    });
    const again = await runErpBatch(
      "customers",
      [{ erpNumber: "10001", name: "Garage Dupont BV", city: "Rotterdam" }],
      source,
    );
    expect(again.unchanged).toBe(1);
  });
});

describe("credit notes", () => {
  it("link the RMA and mark it and its lines INVOICED; another customer's RMA is refused", async () => {
    const rma = await createRma("IRM2000101");
    const foreign = await createRma(
      "IRM2000102",
      (await db.customer.findUniqueOrThrow({ where: { erpNumber: "10002" } })).id,
    );
    const note = {
      number: "MVF2000101",
      customerNumber: "10001",
      kind: "CREDIT_NOTE",
      invoiceDate: "2020-10-05",
      dueDate: "2020-10-05",
      amount: "-370.00",
    };
    const result = await runErpBatch(
      "invoices",
      [
        { ...note, rmaNumber: rma.number },
        { ...note, number: "MVF2000102", rmaNumber: foreign.number },
      ],
      source,
    );
    expect(result.created).toBe(1);
    expect(result.rejected).toEqual([
      {
        index: 1,
        key: "MVF2000102",
        errors: [
          { path: "rmaNumber", code: "unknown_rma", message: 'unknown RMA "IRM2000102" for this customer' },
        ],
      },
    ]);
    const stored = await db.rma.findUniqueOrThrow({
      where: { id: rma.id },
      include: { lines: true, creditNotes: true },
    });
    expect(stored.status).toBe("INVOICED");
    expect(stored.lines.map((l) => l.status)).toEqual(["INVOICED"]);
    expect(stored.creditNotes.map((n) => n.number)).toEqual(["MVF2000101"]);
    expect((await db.rma.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("OPEN");
  });
});

describe("documents", () => {
  it("stores an invoice's PDF once, replaces it when the bytes change, and refuses what is not a PDF", async () => {
    await runErpBatch(
      "invoices",
      [
        {
          number: "MVF2002248",
          customerNumber: "10001",
          invoiceDate: "2020-08-25",
          dueDate: "2020-10-24",
          amount: 971.63,
        },
      ],
      source,
    );
    const row = { invoiceNumber: "MVF2002248", fileName: "MVF2002248.pdf", contentBase64: pdf("one") };
    const first = await runErpBatch("documents", [row, { ...row, invoiceNumber: "MVF2009999" }], source);
    expect(first).toMatchObject({
      created: 1,
      rejected: [
        {
          index: 1,
          errors: [
            { path: "invoiceNumber", code: "unknown_invoice", message: 'unknown invoice "MVF2009999"' },
          ],
        },
      ],
    });
    expect((await runErpBatch("documents", [row], source)).unchanged).toBe(1);
    const invoice = await db.invoice.findUniqueOrThrow({
      where: { number: "MVF2002248" },
      include: { document: true },
    });
    expect(invoice.document).toMatchObject({
      kind: "INVOICE",
      source: "ERP",
      contentType: "application/pdf",
      customerId,
    });
    expect((await getAttachmentStore().get(invoice.document!.storageKey))!.subarray(0, 5).toString()).toBe(
      "%PDF-",
    );
    expect((await runErpBatch("documents", [{ ...row, contentBase64: pdf("two") }], source)).updated).toBe(1);
    const html = await runErpBatch(
      "documents",
      [{ ...row, contentBase64: Buffer.from("<html></html>").toString("base64") }],
      source,
    );
    expect(html.rejected[0]!.errors).toEqual([
      { path: "contentBase64", code: "not_pdf", message: "is not a PDF (it must start with %PDF-)" },
    ]);
  });
});

describe("RMA feed", () => {
  it("hands out RMAs oldest first with their lines and continues after the cursor", async () => {
    await createRma("IRM2000103");
    const all = await listRmasSince(undefined, 500);
    expect(all.items.length).toBeGreaterThanOrEqual(3);
    const first = await listRmasSince(undefined, 1);
    expect(first.items).toHaveLength(1);
    const rest = await listRmasSince(first.nextCursor, 500);
    expect([...first.items, ...rest.items].map((r) => r.number)).toEqual(all.items.map((r) => r.number));
    const item = all.items.find((r) => r.number === "IRM2000103")!;
    expect(item).toMatchObject({
      customerNumber: "10001",
      status: "OPEN",
      surcharge: "2.50",
      lines: [{ deliveredLineErpKey: "DL-103", reasonCode: "DEFECT", quantityExpected: 1 }],
    });
    const after = await listRmasSince(all.nextCursor, 10);
    expect(after.items).toEqual([]);
    expect(after.nextCursor).toBe(all.nextCursor);
    await db.rma.update({ where: { number: "IRM2000101" }, data: { remarks: "changed" } });
    expect((await listRmasSince(all.nextCursor, 10)).items.map((r) => r.number)).toEqual(["IRM2000101"]);
  });
});

describe("RMA and claim feed 1.1", () => {
  it("gives each RMA line its id, the copy address and the submitting user", async () => {
    const rma = await createRma("IRM2000104");
    await db.rma.update({ where: { id: rma.id }, data: { copyEmail: "workshop@dupont.test" } });
    const item = (await listRmasSince(undefined, 500)).items.find((r) => r.number === "IRM2000104")!;
    expect(item).toMatchObject({
      copyEmail: "workshop@dupont.test",
      submittedBy: { name: "Dealer", email: "IRM2000104@test.test" },
      lines: [{ id: rma.lines[0]!.id, deliveredLineErpKey: "DL-104" }],
    });
  });

  // A late commit needs two connections: PGlite has one (it cannot happen there), so this runs on PostgreSQL.
  if (process.env.TEST_DB_KIND === "postgres")
    it("never hands out a change behind a transaction still in flight, so a late commit is not skipped", async () => {
      const a = await createRma("IRM2000105");
      const b = await createRma("IRM2000106");
      const start = (await listRmasSince(undefined, 500)).nextCursor;
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let wrote!: () => void;
      const written = new Promise<void>((resolve) => {
        wrote = resolve;
      });
      const late = db.$transaction(async (tx) => {
        await tx.rma.update({ where: { id: a.id }, data: { remarks: "late" } });
        wrote();
        await held;
      });
      await written;
      await db.rma.update({ where: { id: b.id }, data: { remarks: "early" } });
      const during = await listRmasSince(start, 500);
      expect(during.items.map((r) => r.number)).not.toContain("IRM2000106");
      release();
      await late;
      const after = await listRmasSince(during.nextCursor, 500);
      expect(after.items.map((r) => r.number)).toEqual(["IRM2000105", "IRM2000106"]);
    });
});
