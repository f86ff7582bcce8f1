// CSV export: separators, formats, quoting and formula-injection guard per locale.
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import type { TGridColumn } from "./types";

const columns: TGridColumn[] = [
  { id: "articleName", label: "Artikelnaam", type: "text" },
  { id: "price", label: "Netto prijs", type: "money" },
  { id: "deliveryDate", label: "Leverdatum", type: "date" },
  { id: "quantity", label: "Aantal", type: "number" },
  { id: "specialOrder", label: "Speciaal besteld", type: "flag" },
];
const row = {
  articleName: 'Turbo; "GT1749V"',
  price: "1165.00",
  deliveryDate: new Date("2020-10-01T00:00:00Z"),
  quantity: -2,
  specialOrder: true,
};
const lines = (csv: string) => csv.slice(1).trimEnd().split("\r\n");

describe("toCsv", () => {
  it("starts with a BOM and uses ; with Dutch formats in nl", () => {
    const csv = toCsv(columns, [row], "nl");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines(csv)).toEqual([
      "Artikelnaam;Netto prijs;Leverdatum;Aantal;Speciaal besteld",
      '"Turbo; ""GT1749V""";"1.165,00";01-10-2020;-2;Ja',
    ]);
  });
  it("uses , with English formats in en, quoting cells that contain a comma", () => {
    const csv = toCsv(columns, [{ ...row, articleName: "Turbo, CHRA", specialOrder: false }], "en");
    expect(lines(csv)[1]).toBe('"Turbo, CHRA","1,165.00",01/10/2020,-2,No');
  });
  it("neutralises cells that a spreadsheet would run as a formula, but not amounts", () => {
    const csv = toCsv(
      columns,
      [
        { ...row, articleName: '=HYPERLINK("http://x")', price: "-5.00" },
        { articleName: "@SUM(A1)" },
        { articleName: "\tx" },
      ],
      "de",
    );
    const [, first, second, third] = lines(csv);
    expect(first).toBe('"\'=HYPERLINK(""http://x"")";"-5,00";01-10-2020;-2;Ja');
    expect(second).toBe("'@SUM(A1);;;;");
    expect(third).toBe('"\'\tx";;;;');
  });
  it("quotes line breaks and leaves empty values empty", () => {
    expect(lines(toCsv(columns, [{ articleName: "a\nb", price: null }], "fr"))[1]).toBe('"a\nb";;;;');
  });
});
