import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { createLocalStore, newStorageKey } from "@/lib/storage/store";
import { tinyFiles } from "@/lib/storage/test-files";
import { pdfPageSizes, pdfPages, pdfText } from "@/tests/pdf-text";
import { UNPAID_DEFAULT_SORT } from "./columns";
import { loadInvoiceDocument } from "./invoice-document";
import { listUnpaidInvoices } from "./queries";
import { renderUnpaidPdfBuffer } from "./render-unpaid-pdf";

const today = "2026-11-28";
const COUNT = 170; // five pages: 34 rows on the first (it carries the totals), 44 on the next three, 4 on the last
const dir = mkdtempSync(path.join(tmpdir(), "invoice-docs-"));
env.UPLOAD_DIR = dir;
let dealer: number;
let other: number;

const numbersIn = (text: string) => [...text.matchAll(/MVF26\d{5}/g)].map((m) => m[0]);
const lineOf = (text: string, number: string) => text.split("\n").find((line) => line.includes(number)) ?? "";
const unpaidList = () =>
  listUnpaidInvoices(dealer, { page: 1, pageSize: 0, sort: UNPAID_DEFAULT_SORT, filters: {} }, { today });

beforeAll(async () => {
  dealer = (await db.customer.create({ data: { erpNumber: "40001", name: "Garage Dupont Test" } })).id;
  other = (await db.customer.create({ data: { erpNumber: "40002", name: "Other" } })).id;
  await db.invoice.createMany({
    data: Array.from({ length: COUNT }, (_, i) => {
      const due = addDays(today, 20 - i);
      const creditNote = i === 7;
      return {
        customerId: dealer,
        number: `MVF26${10000 + i}`,
        kind: creditNote ? ("CREDIT_NOTE" as const) : ("INVOICE" as const),
        amount: creditNote ? "-50.00" : `${100 + i}.${String(i % 100).padStart(2, "0")}`,
        invoiceDate: dateOnly(addDays(due, -30)),
        dueDate: dateOnly(due),
      };
    }),
  });
  const invoices = await db.invoice.findMany({
    where: { customerId: dealer },
    select: { id: true, number: true },
  });
  await db.payment.createMany({
    data: invoices
      .filter((invoice) => {
        const i = Number(invoice.number.slice(5)) - 10000;
        return i % 3 === 0 && i !== 7;
      })
      .map((invoice) => ({
        invoiceId: invoice.id,
        erpKey: `${invoice.number}-p`,
        amount: "10.10",
        paidOn: dateOnly(today),
      })),
  });
  const key = newStorageKey();
  await createLocalStore(dir).put(key, tinyFiles.pdf(), "application/pdf");
  const document = await db.document.create({
    data: {
      customerId: dealer,
      kind: "INVOICE",
      source: "ERP",
      fileName: "MVF2610000.pdf",
      contentType: "application/pdf",
      size: 100,
      sha256: "x",
      storageKey: key,
    },
  });
  await db.invoice.update({ where: { number: "MVF2610000" }, data: { documentId: document.id } });
  await db.invoice.create({
    data: {
      customerId: other,
      number: "MVF2699999",
      amount: "77.00",
      invoiceDate: dateOnly(today),
      dueDate: dateOnly(today),
    },
  });
});

describe("unpaid invoices PDF", () => {
  it("holds every unpaid invoice once, in the page's order, with its dates, amounts and overdue flag", async () => {
    const buffer = await renderUnpaidPdfBuffer(dealer, "nl", today);
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(buffer);
    const { rows } = await unpaidList();
    expect(rows).toHaveLength(COUNT);
    expect(numbersIn(text), "each number once, same order as the page, none of another dealer").toEqual(
      rows.map((r) => r.number),
    );
    for (const row of rows) {
      const line = lineOf(text, row.number);
      for (const cell of [
        formatDate(row.invoiceDate, "nl"),
        formatMoney(row.amount, "nl"),
        formatMoney(row.paidAmount, "nl"),
        formatMoney(row.openAmount, "nl"),
        formatDate(row.dueDate, "nl"),
      ]) {
        expect(line, row.number).toContain(cell);
      }
      expect(/\bVervallen\b/.test(line), `${row.number} overdue flag`).toBe(row.overdue);
    }
    expect(rows.some((r) => r.overdue) && rows.some((r) => !r.overdue)).toBe(true);
    expect(lineOf(text, "MVF2610007")).toMatch(/MVF2610007 \(creditnota\).*-50,00/);
    expect(lineOf(text, "MVF2610003")).toContain("10,10");
  });

  it("repeats the heading and column headers on every A4 page and numbers the pages 'x van y'", async () => {
    const buffer = await renderUnpaidPdfBuffer(dealer, "nl", today);
    const pages = await pdfPages(buffer);
    expect(pages).toHaveLength(5);
    expect(await pdfPageSizes(buffer), "every page A4, none extra").toEqual(Array(5).fill("595.28 x 841.89"));
    expect(pages.map((page) => numbersIn(page).length)).toEqual([34, 44, 44, 44, 4]);
    pages.forEach((page, i) => {
      for (const heading of [
        "Openstaande facturen",
        "Garage Dupont Test",
        "Klantnummer: 40001",
        "Datum: 28-11-2026",
        `Pagina ${i + 1} van 5`,
      ]) {
        expect(page, `page ${i + 1}`).toContain(heading);
      }
      const lines = page.split("\n");
      const header = lines.findIndex((line) => line.includes("Factuurnummer"));
      expect(header, `page ${i + 1} column headers`).toBeGreaterThanOrEqual(0);
      expect(header, "headers above the rows").toBeLessThan(
        lines.findIndex((line) => /MVF26\d{5}/.test(line)),
      );
      const headerText = lines.slice(header, header + 2).join(" ");
      for (const word of [
        "Factuurdatum",
        "Factuurnummer",
        "Factuurbedrag",
        "Betaald",
        "Openstaand",
        "bedrag",
        "Vervaldatum",
        "Vervallen",
      ]) {
        expect(headerText, `page ${i + 1}`).toMatch(new RegExp(`\\b${word}\\b`));
      }
    });
  });

  it("shows the same totals as the page: open and overdue on the first page, open under the table", async () => {
    const pages = await pdfPages(await renderUnpaidPdfBuffer(dealer, "nl", today));
    const { totals } = await unpaidList();
    expect(totals.count).toBe(COUNT);
    expect(pages[0]).toContain(formatMoney(totals.open, "nl"));
    expect(pages[0]).toContain(formatMoney(totals.overdue, "nl"));
    expect(pages[0]).toContain(`${COUNT} facturen`);
    expect(formatMoney(totals.open, "nl")).toMatch(/^\d{1,3}\.\d{3},\d{2}$/);
    expect(lineOf(pages[4]!, "Totaal openstaand")).toContain(formatMoney(totals.open, "nl"));
    for (const page of pages.slice(0, 4)) expect(page).not.toContain("Totaal openstaand");
  });

  it("speaks the user's language, with money and dates in its format", async () => {
    const fr = await pdfText(await renderUnpaidPdfBuffer(dealer, "fr", today));
    expect(fr).toContain("Factures impayées");
    expect(fr).toMatch(/Page 1 sur 5/);
    expect(fr).toContain("MVF2610007 (note de crédit)");
    const en = await pdfText(await renderUnpaidPdfBuffer(dealer, "en", today));
    const { totals } = await unpaidList();
    expect(en).toContain("Page 5 of 5");
    expect(en).toContain("Date: 28/11/2026");
    expect(en).toContain(formatMoney(totals.open, "en"));
    expect(formatMoney(totals.open, "en")).toMatch(/^\d{1,3},\d{3}\.\d{2}$/);
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
