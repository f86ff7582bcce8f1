import { describe, expect, it } from "vitest";
import { parseFilter } from "./filters";

// A number column's search box takes thousands grouped as any of our locales writes them
// (lib/numbers/locale-number.ts), as the grid and the claim show them.
describe("number search boxes", () => {
  it("reads grouped thousands in every locale's way", () => {
    for (const text of ["182.500", "182,500", "182 500", "182500"]) {
      expect(parseFilter("number", text)).toEqual({ kind: "number", bounds: { equals: 182500 } });
    }
  });

  it("keeps ranges and comparisons with grouped values", () => {
    expect(parseFilter("number", "1.000-2.500")).toEqual({
      kind: "number",
      bounds: { gte: 1000, lte: 2500 },
    });
    expect(parseFilter("number", ">1.000")).toEqual({ kind: "number", bounds: { gt: 1000 } });
  });

  it("refuses what is no whole number", () => {
    expect(parseFilter("number", "1.5")).toBeNull();
    expect(parseFilter("number", "99.999.999.999")).toBeNull();
  });
});
