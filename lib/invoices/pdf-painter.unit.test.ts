import { describe, expect, it } from "vitest";
import { wrapWords } from "./pdf-painter";
import { helveticaWidth } from "./pdf-text-width";

describe("wrapWords (column headers of the unpaid-invoices PDF)", () => {
  it("breaks at spaces, keeps a slightly too wide word whole and hyphenates a much too wide one", async () => {
    const widthOf = await helveticaWidth();
    expect(wrapWords(widthOf, "Openstaand bedrag", true, 9, 68)).toEqual(["Openstaand", "bedrag"]);
    expect(wrapWords(widthOf, "Vervallen", true, 9, 65)).toEqual(["Vervallen"]);
    expect(wrapWords(widthOf, "Factuurdatum", true, 9, 56)).toEqual(["Factuurdatum"]);
    expect(wrapWords(widthOf, "Rechnungsdatum", true, 9, 56)).toEqual(["Rechnungs-", "datum"]);
    for (const line of wrapWords(widthOf, "Montant de la facture", true, 9, 68))
      expect(widthOf(line, true, 9)).toBeLessThanOrEqual(68);
    expect(wrapWords(widthOf, "", true, 9, 68)).toEqual([]);
  });
});
