import "server-only";
import bwipjs from "bwip-js/node";

// Code 128 barcodes as PNG, for embedding in react-pdf documents (`<Image src={…} />`).
export async function code128Png(text: string, { height = 12, scale = 3, includeText = false } = {}): Promise<Buffer> {
  return bwipjs.toBuffer({ bcid: "code128", text, scale, height, includetext: includeText, textxalign: "center", paddingwidth: 0 });
}

/** As a data URL, which react-pdf's Image accepts directly. */
export async function code128DataUrl(text: string, options?: Parameters<typeof code128Png>[1]): Promise<string> {
  return `data:image/png;base64,${(await code128Png(text, options)).toString("base64")}`;
}

/** A small inline SVG (for screens); the text is our own document number, never user input. */
export function code128Svg(text: string, { height = 8, scale = 1 } = {}): string {
  return bwipjs.toSVG({ bcid: "code128", text, height, scale, includetext: false });
}
