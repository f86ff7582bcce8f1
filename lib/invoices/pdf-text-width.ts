import { Font } from "@react-pdf/renderer";

// Widths of text in react-pdf's built-in Helvetica, from the same font objects react-pdf lays
// its own Text out with. The table body is drawn by a Canvas painter (see unpaid-pdf-table.ts),
// which can write text but not measure it, so right-aligned amounts are placed with these.
export type TTextWidth = (text: string, bold: boolean, size: number) => number;

type TMeasurable = { unitsPerEm: number; layout(text: string): { advanceWidth: number } };

// Note: the weight must be a number; the font store does not resolve "bold" (it falls back to regular).
async function loadFont(fontWeight: 400 | 700): Promise<TMeasurable> {
  const descriptor = { fontFamily: "Helvetica", fontWeight } as const;
  await Font.load(descriptor);
  const font = Font.getFont(descriptor).data;
  if (!font) throw new Error(`Helvetica ${fontWeight} did not load`);
  return font as unknown as TMeasurable;
}

/**
 * Width in points of text in one font, from cached per-character advances. Kerning is left out:
 * amounts (digits and separators) have no kerning pairs in Helvetica, and elsewhere pdfkit's
 * kerning only narrows text, so a "fits in its cell" check stays on the safe side.
 */
function measurer(font: TMeasurable): (text: string, size: number) => number {
  const advances = new Map<string, number>();
  return (text, size) => {
    let units = 0;
    for (const char of text) {
      let advance = advances.get(char);
      if (advance === undefined) advances.set(char, (advance = font.layout(char).advanceWidth));
      units += advance;
    }
    return (units * size) / font.unitsPerEm;
  };
}

let loaded: Promise<TTextWidth> | null = null;

/** A measure of Helvetica / Helvetica-Bold text in points; the fonts are loaded once per process. */
export function helveticaWidth(): Promise<TTextWidth> {
  loaded ??= Promise.all([loadFont(400), loadFont(700)]).then(([regular, bold]) => {
    const [measureRegular, measureBold] = [measurer(regular), measurer(bold)];
    return (text, isBold, size) => (isBold ? measureBold : measureRegular)(text, size);
  });
  return loaded;
}
