import { describe, expect, it } from "vitest";
import { isLate } from "./late";

describe("late open lines", () => {
  it("flags an expected date before today, not today's, a later one or an unknown one", () => {
    expect(isLate("2026-12-05", "2026-12-06")).toBe(true);
    expect(isLate("2026-12-06", "2026-12-06")).toBe(false);
    expect(isLate("2026-12-07", "2026-12-06")).toBe(false);
    expect(isLate(null, "2026-12-06")).toBe(false);
  });

  it("uses the portal's calendar day: 23:30 UTC on the 5th is already the 6th in Amsterdam", () => {
    expect(isLate("2026-12-05", undefined)).toBe(isLate("2026-12-05"));
    expect(isLate("2026-12-05T00:00:00.000Z", "2026-12-06")).toBe(true);
  });
});
