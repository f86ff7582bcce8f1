import { describe, expect, it } from "vitest";
import { remainingToReturn } from "./remaining";

describe("remainingToReturn", () => {
  it("is delivered minus returned minus in request", () => {
    expect(remainingToReturn({ quantityDelivered: 10, quantityReturned: 3, quantityInRequest: 2 })).toBe(5);
  });
  it("is zero when everything is returned or requested, never negative", () => {
    expect(remainingToReturn({ quantityDelivered: 4, quantityReturned: 2, quantityInRequest: 2 })).toBe(0);
    expect(remainingToReturn({ quantityDelivered: 1, quantityReturned: 2, quantityInRequest: 0 })).toBe(0);
  });
});
