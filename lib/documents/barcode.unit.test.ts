import bwipjs from "bwip-js/node";
import { describe, expect, it } from "vitest";
import { code128Svg } from "./barcode";

// The screen barcodes are kept between requests; what a caller gets must always be the barcode
// of its own text and size, first time, from the cache, and after the cache has moved on.
const direct = (text: string, height = 8, scale = 1) =>
  bwipjs.toSVG({ bcid: "code128", text, height, scale, includetext: false });

describe("code128Svg", () => {
  it("draws the barcode of the text and size asked for, again and again", () => {
    expect(code128Svg("IRM2600001")).toBe(direct("IRM2600001"));
    expect(code128Svg("IRM2600001")).toBe(direct("IRM2600001"));
    expect(code128Svg("IRM2600002")).toBe(direct("IRM2600002"));
    expect(code128Svg("IRM2600002")).not.toBe(code128Svg("IRM2600001"));
    expect(code128Svg("IRM2600001", { height: 12, scale: 2 })).toBe(direct("IRM2600001", 12, 2));
  });

  it("still draws the right barcode once hundreds of others have been drawn since", () => {
    const first = code128Svg("IRM2699999");
    for (let i = 0; i < 510; i++) code128Svg(`X${i}`);
    expect(code128Svg("IRM2699999")).toBe(first);
    expect(code128Svg("IRM2699999")).toBe(direct("IRM2699999"));
  });
});
