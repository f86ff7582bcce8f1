import { describe, expect, it } from "vitest";
import { helveticaWidth } from "./pdf-text-width";

// Helvetica's AFM widths (per 1000 units): F 611, a 556, c 500, t 278, u 556, r 333, d 556, m 833;
// bold: F 611, a 556, c 556, t 333, u 611, r 389, d 611, m 889. Digits are 556 in both.
describe("helveticaWidth", () => {
  it("measures regular and bold Helvetica as pdfkit draws them", async () => {
    const widthOf = await helveticaWidth();
    expect(widthOf("Factuurdatum", false, 9)).toBeCloseTo(55.521, 3);
    expect(widthOf("Factuurdatum", true, 9)).toBeCloseTo(60.003, 3);
    expect(widthOf("1.165,00", false, 10)).toBeCloseTo(((6 * 556 + 2 * 278) * 10) / 1000, 3);
    expect(widthOf("", true, 9)).toBe(0);
  });
});
