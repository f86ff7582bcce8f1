import type { TTextWidth } from "./pdf-text-width";

// Text on a react-pdf <Canvas paint> painter (a thin wrapper of its pdfkit document): placed,
// aligned, wrapped and fitted by hand, in the built-in Helvetica, without any layout nodes.
export type TPainter = {
  font(name: string, size?: number): TPainter;
  fillColor(color: string): TPainter;
  text(text: string, x: number, y: number, options?: { lineBreak?: boolean }): TPainter;
  lineWidth(width: number): TPainter;
  strokeColor(color: string): TPainter;
  moveTo(x: number, y: number): TPainter;
  lineTo(x: number, y: number): TPainter;
  stroke(): TPainter;
};

export type TTextBox = {
  x: number;
  y: number;
  width: number;
  size: number;
  bold?: boolean;
  align?: "left" | "right";
};

/** Writes one line of text at (x, y) = its top left; set smaller, centred on the line, when it is wider than the box. */
export function drawText(painter: TPainter, widthOf: TTextWidth, text: string, box: TTextBox): void {
  if (!text) return;
  const bold = box.bold ?? false;
  let size = box.size;
  let width = widthOf(text, bold, size);
  if (width > box.width) {
    size = (size * box.width) / width;
    width = box.width;
  }
  const x = box.align === "right" ? box.x + box.width - width : box.x;
  painter
    .font(bold ? "Helvetica-Bold" : "Helvetica", size)
    .text(text, x, box.y + (box.size - size) / 2, { lineBreak: false });
}

/** The smallest a too-wide line is set (drawText) before wrapWords breaks the word instead. */
const MIN_SHRINK = 0.8;

/**
 * Text broken into lines of at most `width` points at spaces. A word that would have to be set
 * smaller than MIN_SHRINK is broken with a hyphen where it fits ("Rechnungs-" "datum");
 * a slightly too wide one keeps its line and drawText sets it a little smaller.
 */
export function wrapWords(
  widthOf: TTextWidth,
  text: string,
  bold: boolean,
  size: number,
  width: number,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || widthOf(candidate, bold, size) <= width) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines.flatMap((l) => breakWord(widthOf, l, bold, size, width));
}

function breakWord(widthOf: TTextWidth, line: string, bold: boolean, size: number, width: number): string[] {
  if (widthOf(line, bold, size) * MIN_SHRINK <= width || line.includes(" ") || line.length < 6) return [line];
  let cut = line.length - 3;
  while (cut > 3 && widthOf(`${line.slice(0, cut)}-`, bold, size) > width) cut--;
  return [`${line.slice(0, cut)}-`, ...breakWord(widthOf, line.slice(cut), bold, size, width)];
}

/** A horizontal line across [x1, x2] at y. */
export function drawRule(
  painter: TPainter,
  y: number,
  x1: number,
  x2: number,
  width: number,
  color: string,
): void {
  painter.lineWidth(width).strokeColor(color).moveTo(x1, y).lineTo(x2, y).stroke();
}
