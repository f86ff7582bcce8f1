import { describe, expect, it } from "vitest";
import { fromCents, isListedUnpaid, openAmount, sumAmounts, toCents } from "./open-amount";

describe("openAmount", () => {
  it("is zero (not listed) when one payment equals the amount", () => {
    const open = openAmount("1165.00", ["1165.00"]);
    expect(open).toBe("0.00");
    expect(isListedUnpaid(open, false)).toBe(false);
  });

  it("deducts several partial payments", () => {
    expect(openAmount("1000.00", ["250.00", "250.00", "99.99"])).toBe("400.01");
  });

  it("is negative when overpaid, and still listed", () => {
    const open = openAmount("100.00", ["60.00", "60.50"]);
    expect(open).toBe("-20.50");
    expect(isListedUnpaid(open, false)).toBe(true);
    expect(isListedUnpaid(open, true, "100.00")).toBe(true);
  });

  it("keeps an unsettled credit note as a negative open amount", () => {
    const open = openAmount("-245.10", []);
    expect(open).toBe("-245.10");
    expect(isListedUnpaid(open, false)).toBe(true);
    expect(isListedUnpaid(open, true)).toBe(false);
  });

  it("is exact where floats are not (0.1 + 0.2)", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumAmounts(["0.10", "0.20"])).toBe("0.30");
    expect(openAmount("0.30", ["0.10", "0.20"])).toBe("0.00");
    expect(openAmount("9999999999.99", ["0.01"])).toBe("9999999999.98");
  });

  it("reads Decimal-like objects and integer strings", () => {
    expect(openAmount({ toString: () => "12" }, [{ toString: () => "2.5" }])).toBe("9.50");
    expect(toCents("-0.05")).toBe(-5n);
    expect(fromCents(-5n)).toBe("-0.05");
    expect(() => toCents("1,50")).toThrow();
  });
});
