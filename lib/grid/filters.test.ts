// Column search parsing (money, number, date, flag, text) and the Prisma where/orderBy it yields.
import { describe, expect, it } from "vitest";
import { parseFilter, toPrismaOrderBy, toPrismaWhere } from "./filters";
import type { TGridColumn } from "./types";

describe("parseFilter: money", () => {
  it("reads the amount in every notation a dealer may type, to the exact cent", () => {
    for (const text of ["1.165,00", "1165,00", "1,165.00", "1165.00", "1165", "€ 1.165,00", "1.165"]) {
      expect(parseFilter("money", text)).toEqual({ kind: "money", bounds: { equals: "1165.00" } });
    }
    expect(parseFilter("money", "1165.5")).toEqual({ kind: "money", bounds: { equals: "1165.50" } });
    expect(parseFilter("money", "0,5")).toEqual({ kind: "money", bounds: { equals: "0.50" } });
    expect(parseFilter("money", "-514,25")).toEqual({ kind: "money", bounds: { equals: "-514.25" } });
  });
  it("supports comparisons and ranges", () => {
    expect(parseFilter("money", ">1.000,00")).toEqual({ kind: "money", bounds: { gt: "1000.00" } });
    expect(parseFilter("money", "<= 10")).toEqual({ kind: "money", bounds: { lte: "10.00" } });
    expect(parseFilter("money", "100-1.000,50")).toEqual({
      kind: "money",
      bounds: { gte: "100.00", lte: "1000.50" },
    });
    expect(parseFilter("money", "50..20")).toEqual({ kind: "money", bounds: { gte: "20.00", lte: "50.00" } });
  });
  it("ignores what is not an amount", () => {
    for (const text of [
      "abc",
      "1.16.5",
      "1,1,1",
      "12,345,6",
      "1.165,001",
      ">",
      "1--",
      "99999999999",
      "'; drop table",
    ]) {
      expect(parseFilter("money", text), text).toBeNull();
    }
  });
});

describe("parseFilter: number", () => {
  it("reads equals, comparisons and inclusive ranges", () => {
    expect(parseFilter("number", "5")).toEqual({ kind: "number", bounds: { equals: 5 } });
    expect(parseFilter("number", ">5")).toEqual({ kind: "number", bounds: { gt: 5 } });
    expect(parseFilter("number", ">=5")).toEqual({ kind: "number", bounds: { gte: 5 } });
    expect(parseFilter("number", "<5")).toEqual({ kind: "number", bounds: { lt: 5 } });
    expect(parseFilter("number", "<=5")).toEqual({ kind: "number", bounds: { lte: 5 } });
    expect(parseFilter("number", "2-5")).toEqual({ kind: "number", bounds: { gte: 2, lte: 5 } });
    expect(parseFilter("number", "2..5")).toEqual({ kind: "number", bounds: { gte: 2, lte: 5 } });
    expect(parseFilter("number", "2 - 5")).toEqual({ kind: "number", bounds: { gte: 2, lte: 5 } });
  });
  it("ignores bad input and values outside a database integer", () => {
    for (const text of ["abc", "5x", "2.5", ">>5", "1-2-3", "99999999999", "3000000000"]) {
      expect(parseFilter("number", text), text).toBeNull();
    }
  });
});

describe("parseFilter: date", () => {
  it("reads a day in the seed's and ISO notation", () => {
    const day = { kind: "date", gte: "2020-10-01", lt: "2020-10-02" };
    for (const text of ["01-10-2020", "1-10-2020", "01/10/2020", "1.10.2020", "2020-10-01", "01-10-20"]) {
      expect(parseFilter("date", text), text).toEqual(day);
    }
  });
  it("reads a month and a year as the whole period", () => {
    expect(parseFilter("date", "10-2020")).toEqual({ kind: "date", gte: "2020-10-01", lt: "2020-11-01" });
    expect(parseFilter("date", "12-2020")).toEqual({ kind: "date", gte: "2020-12-01", lt: "2021-01-01" });
    expect(parseFilter("date", "2020")).toEqual({ kind: "date", gte: "2020-01-01", lt: "2021-01-01" });
  });
  it("reads open and closed ranges", () => {
    expect(parseFilter("date", ">01-10-2020")).toEqual({ kind: "date", gte: "2020-10-02" });
    expect(parseFilter("date", ">=01-10-2020")).toEqual({ kind: "date", gte: "2020-10-01" });
    expect(parseFilter("date", "<01-10-2020")).toEqual({ kind: "date", lt: "2020-10-01" });
    expect(parseFilter("date", "<=01-10-2020")).toEqual({ kind: "date", lt: "2020-10-02" });
    expect(parseFilter("date", "01-09-2020..30-09-2020")).toEqual({
      kind: "date",
      gte: "2020-09-01",
      lt: "2020-10-01",
    });
    expect(parseFilter("date", "01-09-2020 - 30-09-2020")).toEqual({
      kind: "date",
      gte: "2020-09-01",
      lt: "2020-10-01",
    });
    expect(parseFilter("date", "10-2020..09-2020")).toEqual({
      kind: "date",
      gte: "2020-09-01",
      lt: "2020-11-01",
    });
  });
  it("ignores impossible dates and other text", () => {
    for (const text of ["31-02-2020", "00-10-2020", "13-2020", "abc", "1-1", "01-10-2020..", "99999"]) {
      expect(parseFilter("date", text), text).toBeNull();
    }
  });
});

describe("parseFilter: flag and text", () => {
  it("understands yes and no in the four languages", () => {
    for (const text of ["ja", "Oui", "yes", "1", "true", "JA"])
      expect(parseFilter("flag", text)).toEqual({ kind: "flag", value: true });
    for (const text of ["nee", "non", "no", "nein", "0", "false"])
      expect(parseFilter("flag", text)).toEqual({ kind: "flag", value: false });
    expect(parseFilter("flag", "misschien")).toBeNull();
  });
  it("searches text as typed, and enum columns by their labels", () => {
    expect(parseFilter("text", "  WG18 ")).toEqual({ kind: "contains", value: "WG18" });
    const options = [
      { value: "EXPECTED", label: "Verwacht" },
      { value: "RECEIVED", label: "Ontvangen" },
    ];
    expect(parseFilter("text", "ontv", options)).toEqual({ kind: "oneOf", values: ["RECEIVED"] });
    expect(parseFilter("text", "xyz", options)).toEqual({ kind: "oneOf", values: [] });
  });
});

describe("toPrismaWhere / toPrismaOrderBy", () => {
  const columns: TGridColumn[] = [
    { id: "articleNumber", label: "Artikelnummer", type: "text" },
    { id: "price", label: "Prijs", type: "money" },
    { id: "deliveryDate", label: "Leverdatum", type: "date" },
    { id: "rmaNumber", label: "RMA", type: "text" },
    { id: "pdf", label: "PDF", type: "text", filterable: false },
  ];
  it("ANDs the valid filters on the mapped fields and drops the rest", () => {
    const where = toPrismaWhere(
      columns,
      {
        articleNumber: "wg",
        price: "nonsense",
        deliveryDate: "10-2020",
        rmaNumber: "IRM_2%",
        pdf: "x",
        other: "y",
      },
      { price: "netUnitPrice", rmaNumber: "rma.number" },
    );
    expect(where).toEqual({
      AND: [
        { articleNumber: { contains: "wg", mode: "insensitive" } },
        { deliveryDate: { gte: new Date("2020-10-01T00:00:00Z"), lt: new Date("2020-11-01T00:00:00Z") } },
        { rma: { number: { contains: "IRM\\_2\\%", mode: "insensitive" } } },
      ],
    });
  });
  it("always ends the order with a unique tie-breaker", () => {
    expect(toPrismaOrderBy({ id: "price", dir: "asc" }, { price: "netUnitPrice" })).toEqual([
      { netUnitPrice: "asc" },
      { id: "desc" },
    ]);
    expect(toPrismaOrderBy(null)).toEqual([{ id: "desc" }]);
    expect(toPrismaOrderBy({ id: "id", dir: "asc" })).toEqual([{ id: "asc" }]);
    expect(
      toPrismaOrderBy({ id: "rmaNumber", dir: "desc" }, { rmaNumber: "rma.number" }, { lineNo: "asc" }),
    ).toEqual([{ rma: { number: "desc" } }, { lineNo: "asc" }]);
  });
});
