import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { csvToRows, detectSeparator, importCsv } from "./csv-import";
import { parseCsvDate, parseCsvMoney } from "./csv-values";
import { describeRowError } from "./row-errors";
import { createTestCustomer } from "./test-fixtures";

const HEADER =
  "erpKey;customerNumber;salesOrderNumber;customerPoNumber;specialOrder;articleNumber;externalArticleNumbers;articleName;netUnitPrice;quantityOrdered;quantityDelivered;deliveryDate";

describe("CSV values", () => {
  it("reads nl/fr numbers and dates as well as ISO", () => {
    expect(parseCsvMoney("1.165,00")).toBe("1165.00");
    expect(parseCsvMoney("370,00")).toBe("370.00");
    expect(parseCsvMoney("1165.00")).toBe("1165.00");
    expect(parseCsvMoney("€ 12.345.678,9")).toBe("12345678.9");
    expect(parseCsvDate("01-10-2020")).toBe("2020-10-01");
    expect(parseCsvDate("1/2/2021")).toBe("2021-02-01");
    expect(parseCsvDate("2020-10-01")).toBe("2020-10-01");
    expect(detectSeparator("a;b;c\n1,2;3;4")).toBe(";");
    expect(detectSeparator("a,b,c\n1;2,3,4")).toBe(",");
  });

  it("turns a line with 1.165,00 and 01-10-2020 into the API's row", () => {
    const [row] = csvToRows(
      "delivered-lines",
      `${HEADER}\nK1;10001;MVO9203177;638362;nee;WG1822089;4031037HX;Turbocharger;1.165,00;4;4;01-10-2020\n`,
    );
    expect(row).toEqual({
      erpKey: "K1",
      customerNumber: "10001",
      salesOrderNumber: "MVO9203177",
      customerPoNumber: "638362",
      specialOrder: false,
      articleNumber: "WG1822089",
      externalArticleNumbers: "4031037HX",
      articleName: "Turbocharger",
      netUnitPrice: "1165.00",
      quantityOrdered: 4,
      quantityDelivered: 4,
      deliveryDate: "2020-10-01",
    });
  });
});

describe("CSV import", () => {
  beforeEach(async () => {
    await db.deliveredLine.deleteMany();
    await db.customer.deleteMany();
    await createTestCustomer();
  });

  const csv = [
    HEADER,
    "K1;10001;MVO9203177;638362;0;WG1822089;4031037HX;Turbocharger;1.165,00;4;4;01-10-2020",
    'K2;10001;MVO9203044;852915-5005s;0;WG2039655;"852915-5005S, 852915-5005";Turbocharger;529,00;15;15;25-09-2020',
    "K3;10001;MVO9203044;;0;WG2039655;;Turbocharger;529,00;1;2;31-09-2020",
  ].join("\n");

  it("reports per row in a dry run and writes nothing", async () => {
    const result = await importCsv("delivered-lines", csv, { dryRun: true, fileName: "lines.csv" });
    expect(result.rows.map((r) => r.outcome)).toEqual(["created", "created", "rejected"]);
    expect(result.rejected[0]!.errors.map(describeRowError).join(" ")).toMatch(
      /quantityDelivered: must not exceed quantityOrdered/,
    );
    expect(result.rejected[0]!.errors.map(describeRowError).join(" ")).toMatch(/deliveryDate/);
    expect(await db.deliveredLine.count()).toBe(0);
    expect(await db.auditEntry.count({ where: { objectType: "ErpCsvImport" } })).toBe(0);
  });

  it("imports for real, and a second run changes nothing", async () => {
    const first = await importCsv("delivered-lines", csv, { fileName: "lines.csv" });
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const line = await db.deliveredLine.findUniqueOrThrow({ where: { erpKey: "K2" } });
    expect(line.externalArticleNumbers).toBe("852915-5005S, 852915-5005");
    const again = await importCsv("delivered-lines", csv, { dryRun: true });
    expect(again.rows.map((r) => r.outcome)).toEqual(["unchanged", "unchanged", "rejected"]);
  });
});

describe("CSV errors", () => {
  it("answers a broken CSV file with a validation error, not a crash", () => {
    expect(() => csvToRows("customers", 'erpNumber;name\n10001;"Garage\n')).toThrowError(
      /VALIDATION: erp.import.badCsv/,
    );
  });
});
