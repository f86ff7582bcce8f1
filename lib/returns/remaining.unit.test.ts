import { describe, expect, it } from "vitest";
import { lineSelectability, remainingToReturn } from "./remaining";

describe("remainingToReturn", () => {
  it("is delivered minus returned minus in request", () => {
    expect(remainingToReturn({ quantityDelivered: 10, quantityReturned: 3, quantityInRequest: 2 })).toBe(5);
  });
  it("is zero when everything is returned or requested, never negative", () => {
    expect(remainingToReturn({ quantityDelivered: 4, quantityReturned: 2, quantityInRequest: 2 })).toBe(0);
    expect(remainingToReturn({ quantityDelivered: 1, quantityReturned: 2, quantityInRequest: 0 })).toBe(0);
  });
});

describe("lineSelectability", () => {
  const line = { quantityRemaining: 3, specialOrder: false };
  it("allows a line with something left", () => {
    expect(lineSelectability(line, false)).toEqual({ selectable: true });
  });
  it("refuses a line with nothing left", () => {
    expect(lineSelectability({ ...line, quantityRemaining: 0 }, true)).toEqual({ selectable: false, reason: "nothingLeft" });
  });
  it("refuses a special order unless the company may return them", () => {
    expect(lineSelectability({ ...line, specialOrder: true }, false)).toEqual({ selectable: false, reason: "specialOrder" });
    expect(lineSelectability({ ...line, specialOrder: true }, true)).toEqual({ selectable: true });
  });
});
