// Formula injection through a CSV opened with another separator than it was written with.
import { describe, expect, it } from "vitest";
import { isFormulaCell, spreadsheetCells } from "../../tests/spreadsheet-cells";
import { toCsv } from "./csv";
import type { TGridColumn } from "./types";

// Note: the text sits between other cells, so a split in mid-line (where a quote is no quote to
// the spreadsheet) is tried too, not only a field at the start of a line.
const columns: TGridColumn[] = [
  { id: "name", label: "Naam", type: "text" },
  { id: "reference", label: "Referentie", type: "text" },
  { id: "amount", label: "Bedrag", type: "money" },
  { id: "quantity", label: "Aantal", type: "number" },
];
const HOSTILE = [
  "a,=2+3",
  "a;=2+3",
  "a\t=2+3",
  "=2+3",
  "+1+2",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
  "\r=1",
  'x";=1',
  'x",=1',
  "a\n=1",
];
const rows = HOSTILE.map((reference, i) => ({
  name: "Garage",
  reference,
  amount: i % 2 ? "-1165.50" : "1165.50",
  quantity: -i,
}));

describe("CSV exports and formulas", () => {
  for (const locale of ["nl", "fr", "en", "de"] as const) {
    for (const separator of [",", ";", "\t"]) {
      it(`${locale} opened with ${JSON.stringify(separator)}: no cell starts a formula`, () => {
        const csv = toCsv(columns, rows, locale).replace(/^\uFEFF/, "");
        const formulas = spreadsheetCells(csv, separator).filter(isFormulaCell);
        expect(formulas).toEqual([]);
      });
    }
  }

  it("keeps negative amounts as numbers in the file's own separator", () => {
    const nl = spreadsheetCells(toCsv(columns, rows, "nl").replace(/^\uFEFF/, ""), ";");
    expect(nl).toContain("-1.165,50");
    const en = spreadsheetCells(toCsv(columns, rows, "en").replace(/^\uFEFF/, ""), ",");
    expect(en).toContain("-1,165.50");
  });
});
