import { describe, expect, it } from "vitest";
import { ageBucket, daysOverdue, fromCents, isListedUnpaid, isOverdue, openAmount, sumAmounts, toCents } from "./open-amount";

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

describe("overdue and age", () => {
  const today = "2026-11-28";

  it("is not overdue on the due date itself", () => {
    expect(isOverdue("2026-11-28", today)).toBe(false);
    expect(ageBucket("2026-11-28", today)).toBe("notDue");
  });

  it("is overdue the day after the due date", () => {
    expect(isOverdue("2026-11-27", today)).toBe(true);
    expect(daysOverdue("2026-11-27", today)).toBe(1);
    expect(ageBucket("2026-11-27", today)).toBe("days1to30");
  });

  it("puts each bucket boundary in the right bucket", () => {
    expect(ageBucket("2026-12-10", today)).toBe("notDue");
    expect(ageBucket("2026-10-29", today)).toBe("days1to30"); // 30 days
    expect(ageBucket("2026-10-28", today)).toBe("days31to60"); // 31
    expect(ageBucket("2026-09-29", today)).toBe("days31to60"); // 60
    expect(ageBucket("2026-09-28", today)).toBe("days61to90"); // 61
    expect(ageBucket("2026-08-30", today)).toBe("days61to90"); // 90
    expect(ageBucket("2026-08-29", today)).toBe("over90"); // 91
  });

  it("counts across a daylight-saving change in whole days", () => {
    expect(daysOverdue("2026-10-24", "2026-10-26")).toBe(2);
    expect(daysOverdue("2026-03-28", "2026-03-30")).toBe(2);
  });
});
