import { beforeAll, describe, expect, it } from "vitest";
import { getRmaDocument } from "@/lib/returns/document-query";
import { submitReturnRequest } from "@/lib/returns/submit-return-request";
import { requestFor, seedCompany, seedLine, seedReturnReasons } from "@/lib/returns/test-fixtures";
import { pdfText } from "@/tests/pdf-text";
import { renderRmaPdfBuffer } from "./render-rma";

let rmaNumber: string;
let company: Awaited<ReturnType<typeof seedCompany>>;
let articles: string[];

beforeAll(async () => {
  const reasons = await seedReturnReasons();
  company = await seedCompany({ carrier: "NIGHT_CARRIER" });
  const a = await seedLine(company.customer.id, { delivered: 6, article: "WG1803348" });
  const b = await seedLine(company.customer.id, { delivered: 4, article: "WG2200001" });
  articles = [a.articleNumber, b.articleNumber, a.externalArticleNumbers, b.externalArticleNumbers];
  ({ rmaNumber } = await submitReturnRequest(
    company.tenant,
    requestFor(
      [
        { id: a.id, quantity: 4, reasonId: reasons.defect.id },
        { id: b.id, quantity: 3, reasonId: reasons.wrongOrdered.id },
      ],
      { reference: "WB-7781", remarks: "Graag snel crediteren" },
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

  it("finds nothing for another company or an unknown number", async () => {
    const other = await seedCompany();
    expect(await getRmaDocument(rmaNumber, { customerId: other.customer.id })).toBeNull();
    expect(await getRmaDocument("IRM9999999", { customerId: company.customer.id })).toBeNull();
    expect(await getRmaDocument("../etc", null)).toBeNull();
    expect(await getRmaDocument(rmaNumber, null)).not.toBeNull();
  });
});
