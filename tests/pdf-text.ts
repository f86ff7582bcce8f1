import { createRequire } from "node:module";
import path from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";

// What the tests read from a PDF (Vitest and e2e alike), through PDF.js: no poppler needed.
// Text comes line by line as on the page: pieces on one baseline join left to right, a space
// where the page shows a gap, so a table row reads as one line.

const PDFJS = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const STANDARD_FONTS = `${path.join(PDFJS, "standard_fonts")}/`;

// Note: a PDF the portal serves must not run anything when opened: no JavaScript, no launch or
// open actions, no embedded files or forms that submit. Every PDF a test reads is checked here.
const ACTIVE_CONTENT =
  /\/(JavaScript|JS|Launch|OpenAction|AA|EmbeddedFiles?|SubmitForm|ImportData|RichMedia|GoToR)\b/;

export async function assertNoActiveContent(pdf: PDFDocumentProxy, bytes: Uint8Array): Promise<void> {
  const raw = Buffer.from(bytes).toString("latin1").match(ACTIVE_CONTENT);
  const [jsActions, openAction, attachments] = await Promise.all([
    pdf.getJSActions(),
    pdf.getOpenAction(),
    pdf.getAttachments(),
  ]);
  const found = [
    raw?.[0],
    jsActions && "document JavaScript",
    openAction && "open action",
    attachments && "attachments",
  ].filter(Boolean);
  if (found.length) throw new Error(`The PDF carries active content: ${found.join(", ")}`);
}

async function withPdf<T>(bytes: Uint8Array, read: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // Note: PDF.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const data = new Uint8Array(bytes);
  const task = getDocument({
    data,
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    await assertNoActiveContent(pdf, bytes);
    return await read(pdf);
  } finally {
    await task.destroy();
  }
}

type TPiece = { x: number; y: number; end: number; size: number; text: string };

function linesOf(items: TextItem[]): string[] {
  const pieces: TPiece[] = items
    .filter((item) => item.str.trim() !== "")
    .map((item) => {
      const [a, b, , , x, y] = item.transform as number[];
      return { x, y, end: x + item.width, size: Math.hypot(a, b) || item.height, text: item.str };
    });
  // Top to bottom; pieces whose baselines differ by less than a third of the text size share a line.
  pieces.sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: TPiece[][] = [];
  for (const piece of pieces) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - piece.y) < piece.size / 3) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) => {
    line.sort((p, q) => p.x - q.x);
    let text = "";
    let end = Number.NEGATIVE_INFINITY;
    for (const piece of line) {
      const gap = piece.x - end;
      const spaced = text.endsWith(" ") || piece.text.startsWith(" ");
      if (text && !spaced && gap > piece.size * 0.15) text += gap > piece.size * 1.5 ? "   " : " ";
      text += piece.text;
      end = Math.max(end, piece.end);
    }
    return text;
  });
}

/** The text of each page, its lines joined with "\n". */
export function pdfPages(bytes: Uint8Array): Promise<string[]> {
  return withPdf(bytes, async (pdf) => {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(linesOf(content.items.filter((item): item is TextItem => "str" in item)).join("\n"));
    }
    return pages;
  });
}

/** The whole text, pages separated by a form feed (as pdftotext does). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join("\n\f");
}

/** Each page's size in points, e.g. "595.28 x 841.89" for A4. */
export function pdfPageSizes(bytes: Uint8Array): Promise<string[]> {
  return withPdf(bytes, async (pdf) => {
    const sizes: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const [x0, y0, x1, y1] = (await pdf.getPage(n)).view;
      sizes.push(`${+(x1! - x0!).toFixed(2)} x ${+(y1! - y0!).toFixed(2)}`);
    }
    return sizes;
  });
}

/** How many images the pages paint (each drawing of an image counts once). */
export function pdfImageCount(bytes: Uint8Array): Promise<number> {
  const imageOps = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageXObjectRepeat,
  ]);
  imageOps.add(OPS.paintImageMaskXObject);
  return withPdf(bytes, async (pdf) => {
    let count = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const { fnArray } = await (await pdf.getPage(n)).getOperatorList();
      count += fnArray.filter((op) => imageOps.has(op)).length;
    }
    return count;
  });
}
