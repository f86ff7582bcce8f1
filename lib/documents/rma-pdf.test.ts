import { beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "@/lib/i18n/format";
import { getRmaDocument } from "@/lib/returns/document-query";
import { submitReturnRequest } from "@/lib/returns/submit-return-request";
import { requestFor, seedCompany, seedLine, seedReturnReasons } from "@/lib/returns/test-fixtures";
import { pdfPages, pdfText } from "@/tests/pdf-text";
import { renderRmaPdfBuffer } from "./render-rma";

let rmaNumber: string;
let company: Awaited<ReturnType<typeof seedCompany>>;
let articles: string[];
let lines: Array<{ salesOrderNumber: string; deliveryDate: Date; articleNumber: string }>;

beforeAll(async () => {
  const reasons = await seedReturnReasons();
  company = await seedCompany({ carrier: "NIGHT_CARRIER" });
  const a = await seedLine(company.customer.id, { delivered: 6, article: "WG1803348" });
  const b = await seedLine(company.customer.id, { delivered: 4, article: "WG2200001" });
  articles = [a.articleNumber, b.articleNumber, a.externalArticleNumbers, b.externalArticleNumbers];
  lines = [a, b];
  ({ rmaNumber } = await submitReturnRequest(
    company.tenant,
    requestFor(
      [
        { id: a.id, quantity: 4, reasonId: reasons.defect.id },
        { id: b.id, quantity: 3, reasonId: reasons.wrongOrdered.id },
      ],
      { reference: "WB-7781", remarks: "Graag snel crediteren", parcelCount: 2, weightKg: 12.5 },
    ),
  ));
});

describe("RMA documents", () => {
  it("prints the RMA number, both articles, quantities, reasons, reference and dealer on the form", async () => {
    const rma = await getRmaDocument(rmaNumber, { customerId: company.customer.id });
    const buffer = await renderRmaPdfBuffer("form", rma!, "nl");
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(buffer);
    for (const expected of [
      rmaNumber,
      ...articles,
      "Reden DEFECT",
      "Reden WRONG_ORDERED",
      "WB-7781",
      "Graag snel crediteren",
      company.customer.name,
      "2,50",
      "Verpakkingsinstructies",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/WG1803348.*\s4\s/);
    expect(text).toMatch(/WG2200001.*\s3\s/);
  });

  it("prints the form in the reader's language", async () => {
    const rma = await getRmaDocument(rmaNumber, { customerId: company.customer.id });
    const text = await pdfText(await renderRmaPdfBuffer("form", rma!, "fr"));
    expect(text).toContain("Formulaire RMA");
    expect(text).toContain("Raison DEFECT");
  });

  it("prints the return label with sender, receiver and RMA number", async () => {
    const rma = await getRmaDocument(rmaNumber, { customerId: company.customer.id });
    const text = await pdfText(await renderRmaPdfBuffer("label", rma!, "nl"));
    for (const expected of [
      "Retourlabel",
      rmaNumber,
      company.customer.name,
      "Afzender",
      "Ontvanger",
      "Industrieweg 12",
    ]) {
      expect(text.toLowerCase()).toContain(expected.toLowerCase());
    }
  });

  it("prints each line's sales order number and delivery date on the form", async () => {
    const rma = await getRmaDocument(rmaNumber, { customerId: company.customer.id });
    const text = await pdfText(await renderRmaPdfBuffer("form", rma!, "nl"));
    expect(text).toContain("Verkooporder");
    expect(text).toContain("Leverdatum");
    for (const line of lines) {
      // One table row: order number, delivery date (dd-MM-yyyy), then the article.
      const row = `${line.salesOrderNumber} ${formatDate(line.deliveryDate, "nl")} ${line.articleNumber}`;
      expect(text).toContain(row);
    }
  });

  it("prints one label per parcel with carrier, tracking number, ship date, '1 van 2' and the weight", async () => {
    const rma = await getRmaDocument(rmaNumber, { customerId: company.customer.id });
    expect(rma!.trackingNumber).toMatch(/^HWL\d{9}$/);
    const pages = await pdfPages(await renderRmaPdfBuffer("label", rma!, "nl"));
    expect(pages).toHaveLength(2);
    for (const [i, page] of pages.entries()) {
      for (const expected of [
        "Hellmann",
        "VERVOERDER",
        rma!.trackingNumber!,
        `${i + 1} van 2`,
        "12,50 kg",
        formatDate(rma!.createdAt, "nl", { calendarDate: false }),
        rmaNumber,
      ]) {
        expect(page).toContain(expected);
      }
    }
    const fr = await pdfPages(await renderRmaPdfBuffer("label", rma!, "fr"));
    expect(fr[1]).toContain("2 sur 2");
  });

  it("gives every label its own tracking number from the carrier's range", async () => {
    const reasons = await seedReturnReasons();
    const line = await seedLine(company.customer.id, { delivered: 2 });
    const next = await submitReturnRequest(
      company.tenant,
      requestFor([{ id: line.id, reasonId: reasons.wrongOrdered.id }]),
    );
    const [first, second] = await Promise.all(
      [rmaNumber, next.rmaNumber].map((n) => getRmaDocument(n, { customerId: company.customer.id })),
    );
    expect(Number(second!.trackingNumber!.slice(3))).toBe(Number(first!.trackingNumber!.slice(3)) + 1);
    expect(second!.parcelCount).toBe(1);
    expect(second!.weightKg).toBeNull();
    const text = await pdfText(await renderRmaPdfBuffer("label", second!, "nl"));
    expect(text).toContain("1 van 1");
  });

  it("finds nothing for another company or an unknown number", async () => {
    const other = await seedCompany();
    expect(await getRmaDocument(rmaNumber, { customerId: other.customer.id })).toBeNull();
    expect(await getRmaDocument("IRM9999999", { customerId: company.customer.id })).toBeNull();
    expect(await getRmaDocument("../etc", null)).toBeNull();
    expect(await getRmaDocument(rmaNumber, null)).not.toBeNull();
  });
});
