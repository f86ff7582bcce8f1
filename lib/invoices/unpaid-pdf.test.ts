import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addDays, dateOnly } from "@/lib/dates";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/i18n/format";
import { createLocalStore, newStorageKey } from "@/lib/storage/store";
import { tinyFiles } from "@/lib/storage/test-files";
import { loadInvoiceDocument } from "./invoice-document";
import { listUnpaidInvoices } from "./queries";
import { renderUnpaidPdfBuffer } from "./render-unpaid-pdf";

const today = "2026-11-28";
const dir = mkdtempSync(path.join(tmpdir(), "invoice-docs-"));
env.UPLOAD_DIR = dir;
let dealer: number;
let other: number;
const numbers: string[] = [];

function pdfFile(buffer: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "unpaid-pdf-")), "doc.pdf");
  writeFileSync(file, buffer);
  return file;
}

function pdfText(buffer: Buffer): string {
  return execFileSync("pdftotext", ["-layout", pdfFile(buffer), "-"], { encoding: "utf8" });
}

beforeAll(async () => {
  dealer = (await db.customer.create({ data: { erpNumber: "40001", name: "Garage Dupont Test" } })).id;
  other = (await db.customer.create({ data: { erpNumber: "40002", name: "Other" } })).id;
  for (let i = 0; i < 120; i++) {
    const number = `MVF26${String(10000 + i)}`;
    const due = addDays(today, 20 - i);
    const invoice = await db.invoice.create({
      data: { customerId: dealer, number, amount: `${100 + i}.${String(i % 100).padStart(2, "0")}`, invoiceDate: dateOnly(addDays(due, -30)), dueDate: dateOnly(due), kind: i === 7 ? "CREDIT_NOTE" : "INVOICE" },
    });
    if (i === 7) await db.invoice.update({ where: { id: invoice.id }, data: { amount: "-50.00" } });
    if (i % 3 === 0 && i !== 7) await db.payment.create({ data: { invoiceId: invoice.id, erpKey: `${number}-p`, amount: "10.10", paidOn: dateOnly(today) } });
    numbers.push(number);
  }
  const key = newStorageKey();
  await createLocalStore(dir).put(key, tinyFiles.pdf(), "application/pdf");
  const document = await db.document.create({ data: { customerId: dealer, kind: "INVOICE", source: "ERP", fileName: "MVF2610000.pdf", contentType: "application/pdf", size: 100, sha256: "x", storageKey: key } });
  await db.invoice.update({ where: { number: "MVF2610000" }, data: { documentId: document.id } });
  await db.invoice.create({ data: { customerId: other, number: "MVF2699999", amount: "77.00", invoiceDate: dateOnly(today), dueDate: dateOnly(today) } });
});

describe("unpaid invoices PDF", () => {
  it("holds every unpaid invoice, the customer number and the same open total as the page, with page numbers", async () => {
    const buffer = await renderUnpaidPdfBuffer(dealer, "nl", today);
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(buffer);
    const { totals } = await listUnpaidInvoices(dealer, { page: 1, pageSize: 0, sort: null, filters: {} }, { today });
    for (const number of numbers) expect(text).toContain(number);
    expect(text).not.toContain("MVF2699999");
    expect(text).toContain("40001");
    expect(text).toContain(formatMoney(totals.open, "nl"));
    expect(text).toContain(formatMoney(totals.overdue, "nl"));
    expect(text).toMatch(/Pagina 1 van [2-9]/);
    const pages = Number(/Pagina 1 van (\d+)/.exec(text)![1]);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
    expect(text.split("Factuurnummer").length - 1).toBe(pages);
    const info = execFileSync("pdfinfo", [pdfFile(buffer)], { encoding: "utf8" });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1]), "no row spills onto an extra page").toBe(pages);
    expect(pages).toBe(3);
    expect(text).toContain("-50,00");
  });

  it("speaks the user's language", async () => {
    const text = pdfText(await renderUnpaidPdfBuffer(dealer, "fr", today));
    expect(text).toContain("Factures impayées");
    expect(text).toMatch(/Page 1 sur \d+/);
  });
});

describe("loadInvoiceDocument", () => {
  it("returns the dealer's own document and nothing for another dealer", async () => {
    const own = await loadInvoiceDocument(dealer, "MVF2610000");
    expect(own?.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await loadInvoiceDocument(other, "MVF2610000")).toBeNull();
    expect(await loadInvoiceDocument(dealer, "MVF2610001")).toBeNull();
    expect(await loadInvoiceDocument(dealer, "../../etc/passwd")).toBeNull();
  });
});
