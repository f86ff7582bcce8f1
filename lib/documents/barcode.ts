import "server-only";
import bwipjs from "bwip-js/node";

// Code 128 barcodes as PNG, for embedding in react-pdf documents (`<Image src={…} />`).
export async function code128Png(
  text: string,
  { height = 12, scale = 3, includeText = false } = {},
): Promise<Buffer> {
  return bwipjs.toBuffer({
    bcid: "code128",
    text,
    scale,
    height,
    includetext: includeText,
    textxalign: "center",
    paddingwidth: 0,
  });
}

/** As a data URL, which react-pdf's Image accepts directly. */
export async function code128DataUrl(
  text: string,
  options?: Parameters<typeof code128Png>[1],
): Promise<string> {
  return `data:image/png;base64,${(await code128Png(text, options)).toString("base64")}`;
}

// Note: bwip-js takes 2–4 ms per barcode (it runs the barcode's PostScript), which was most of the
// return-status page's time (a barcode per row). An SVG depends only on its text and size, which
// the reader already has, so the latest ones are kept for every request.
const SVG_CACHE_SIZE = 500;
const svgCache = new Map<string, string>();

/** A small inline SVG (for screens); the text is our own document number, never user input. */
export function code128Svg(text: string, { height = 8, scale = 1 } = {}): string {
  const key = `${height}:${scale}:${text}`;
  const cached = svgCache.get(key);
  if (cached !== undefined) return cached;
  const svg = bwipjs.toSVG({ bcid: "code128", text, height, scale, includetext: false });
  if (svgCache.size >= SVG_CACHE_SIZE) svgCache.delete(svgCache.keys().next().value!);
  svgCache.set(key, svg);
  return svg;
}
