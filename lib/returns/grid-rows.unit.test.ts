import { describe, expect, it } from "vitest";
import { statusGridRows } from "./grid-rows";
import type { TStatusRow } from "./status-query";

const base: TStatusRow = {
  id: 1,
  rmaNumber: "IRM2600001",
  rmaDate: "2026-01-02T10:00:00.000Z",
  articleNumber: "WG1803348",
  externalArticleNumbers: "",
  articleName: "Turbocharger",
  remark: "",
  quantityExpected: 1,
  receivedAt: null,
  quantityReceived: null,
  status: "INVOICED",
  creditNote: "MVF2600012",
  hasLabel: false,
  creditNoteAmount: "-165.00",
  creditNoteHasDocument: false,
};
const t = (key: string) => key;

describe("status grid rows", () => {
  it("links the credit note only when it has a document; otherwise its number and amount stay as text", () => {
    const [without] = statusGridRows([base], t);
    expect(without!.href?.creditNote).toBeUndefined();
    expect(without!.cells).toMatchObject({ creditNote: "MVF2600012", creditNoteAmount: "-165.00" });
    const [withDocument] = statusGridRows([{ ...base, creditNoteHasDocument: true }], t);
    expect(withDocument!.href?.creditNote).toBe("/invoices/MVF2600012/pdf");
  });

  it("has no credit-note link before there is a credit note", () => {
    const [row] = statusGridRows([{ ...base, creditNote: null, creditNoteAmount: null }], t);
    expect(row!.href?.creditNote).toBeUndefined();
    expect(row!.cells.creditNote).toBe("");
  });
});
