import { describe, expect, it } from "vitest";
import { isInsideReturnWindow, returnWindowStartIso } from "./return-window";
import { lineSelectability, selectableLineWhere } from "./selectable-line";

describe("the return window", () => {
  it("starts on the same calendar day twelve months ago, that day included", () => {
    expect(returnWindowStartIso("2026-11-28")).toBe("2025-11-28");
    expect(isInsideReturnWindow("2025-11-28", "2026-11-28")).toBe(true);
    expect(isInsideReturnWindow(new Date("2025-11-28T00:00:00Z"), "2026-11-28")).toBe(true);
    expect(isInsideReturnWindow("2025-11-27", "2026-11-28")).toBe(false);
  });
});

describe("lineSelectability", () => {
  const line = { quantityRemaining: 3, specialOrder: false };
  it("allows a line with something left", () => {
    expect(lineSelectability(line, false)).toEqual({ selectable: true });
  });
  it("refuses a line with nothing left", () => {
    expect(lineSelectability({ ...line, quantityRemaining: 0 }, true)).toEqual({
      selectable: false,
      reason: "nothingLeft",
    });
  });
  it("refuses a special order unless the company may return them", () => {
    expect(lineSelectability({ ...line, specialOrder: true }, false)).toEqual({
      selectable: false,
      reason: "specialOrder",
    });
    expect(lineSelectability({ ...line, specialOrder: true }, true)).toEqual({ selectable: true });
  });
});

describe("selectableLineWhere", () => {
  it("asks for the window, something left, and no special order unless allowed", () => {
    const start = new Date("2025-11-28T00:00:00Z");
    expect(selectableLineWhere(7, false, "2026-11-28")).toEqual({
      customerId: 7,
      deliveryDate: { gte: start },
      quantityRemaining: { gt: 0 },
      specialOrder: false,
    });
    expect(selectableLineWhere(7, true, "2026-11-28")).toEqual({
      customerId: 7,
      deliveryDate: { gte: start },
      quantityRemaining: { gt: 0 },
    });
  });
});
