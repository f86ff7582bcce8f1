import { BRAND } from "@/lib/documents/styles";
import { drawRule, drawText, type TPainter, wrapWords } from "./pdf-painter";
import type { TTextWidth } from "./pdf-text-width";

// What repeats on every page of the unpaid-invoices PDF (heading, column headers, rows, total and
// "page x of y"), drawn by react-pdf <Canvas paint> functions with the painter's text(): a page
// costs three layout nodes instead of ~400 (laying out 16,000 Text/View nodes for 2,000 invoices
// was 85% of the time and most of the memory). Pages are cut by hand: rows are one line high.
export const WIDTHS = {
  invoiceDate: 60,
  number: 118,
  amount: 72,
  paidAmount: 72,
  openAmount: 72,
  dueDate: 60,
  overdue: 69,
} as const;
export type TPdfColumn = keyof typeof WIDTHS;
export const COLUMNS = Object.keys(WIDTHS) as TPdfColumn[];
export const TABLE_WIDTH = COLUMNS.reduce((sum, id) => sum + WIDTHS[id], 0);
export const ROWS_FIRST_PAGE = 34;
export const ROWS_PER_PAGE = 44;
export const HEADING_HEIGHT = 48;
export const FOOTER_HEIGHT = 9;
const RIGHT: ReadonlySet<TPdfColumn> = new Set(["amount", "paidAmount", "openAmount"]);
const BOLD: ReadonlySet<TPdfColumn> = new Set(["openAmount", "overdue"]);
const LEFTS = COLUMNS.map((_, i) => COLUMNS.slice(0, i).reduce((sum, id) => sum + WIDTHS[id], 0));
const PAD = 2;
const SIZE = 9;
const ROW_HEIGHT = 14;
const ROW_TEXT_TOP = 3.5;
const HEAD_PAD = 3;
const HEAD_LINE = 10.8;
const TOTAL_HEIGHT = 17;
const INK = "#111827";
const GREY = "#6b7280";
const RULE = "#9ca3af";
const ROW_RULE = "#d1d5db";

/** One body row: the cells' text in COLUMNS order. */
export type TTableLine = readonly string[];
export type TTableHead = { lines: string[][]; height: number };
export type TTablePage = {
  head: TTableHead;
  rows: readonly TTableLine[];
  total: { label: string; amount: string } | null;
};

/** Rows cut into pages: fewer on the first page, which carries the totals. */
export function paginate<T>(rows: readonly T[]): T[][] {
  const pages: T[][] = [rows.slice(0, ROWS_FIRST_PAGE)];
  for (let i = ROWS_FIRST_PAGE; i < rows.length; i += ROWS_PER_PAGE)
    pages.push(rows.slice(i, i + ROWS_PER_PAGE));
  return pages;
}

/** The column headers wrapped to their columns once; the header row is as high as the longest. */
export function tableHead(labels: readonly string[], widthOf: TTextWidth): TTableHead {
  const lines = COLUMNS.map((id, i) => wrapWords(widthOf, labels[i] ?? "", true, SIZE, WIDTHS[id] - 2 * PAD));
  return { lines, height: 2 * HEAD_PAD + HEAD_LINE * Math.max(1, ...lines.map((l) => l.length)) };
}

export function tableHeight(page: TTablePage): number {
  return page.head.height + page.rows.length * ROW_HEIGHT + (page.total ? TOTAL_HEIGHT : 0);
}

/** Title and date on the first line, then the dealer's name and customer number. */
export function paintHeading(
  heading: { title: string; dealer: string; customer: string; date: string },
  widthOf: TTextWidth,
) {
  return (painter: TPainter): null => {
    const dateWidth = Math.min(widthOf(heading.date, false, SIZE), TABLE_WIDTH / 3);
    painter.fillColor(BRAND);
    drawText(painter, widthOf, heading.title, {
      x: 0,
      y: 0,
      width: TABLE_WIDTH - dateWidth - 12,
      size: 16,
      bold: true,
    });
    painter.fillColor(INK);
    drawText(painter, widthOf, heading.date, { x: 0, y: 0, width: TABLE_WIDTH, size: SIZE, align: "right" });
    drawText(painter, widthOf, heading.dealer, { x: 0, y: 22, width: TABLE_WIDTH, size: 11, bold: true });
    drawText(painter, widthOf, heading.customer, { x: 0, y: 37, width: TABLE_WIDTH, size: SIZE });
    return null;
  };
}

/** The column headers, a thin line under each row, every cell (amounts right-aligned), and the total on the last page. */
export function paintTable(page: TTablePage, widthOf: TTextWidth) {
  return (painter: TPainter): null => {
    const { head, rows, total } = page;
    painter.fillColor(INK);
    COLUMNS.forEach((id, column) => {
      const box = {
        x: LEFTS[column]! + PAD,
        width: WIDTHS[id] - 2 * PAD,
        size: SIZE,
        bold: true,
        align: RIGHT.has(id) ? ("right" as const) : ("left" as const),
      };
      for (const [i, line] of head.lines[column]!.entries())
        drawText(painter, widthOf, line, { ...box, y: HEAD_PAD + i * HEAD_LINE });
    });
    drawRule(painter, head.height - 0.5, 0, TABLE_WIDTH, 1, RULE);
    painter.lineWidth(0.5).strokeColor(ROW_RULE);
    for (let row = 1; row <= rows.length; row++)
      painter
        .moveTo(0, head.height + row * ROW_HEIGHT - 0.25)
        .lineTo(TABLE_WIDTH, head.height + row * ROW_HEIGHT - 0.25);
    if (rows.length > 0) painter.stroke();
    rows.forEach((cells, row) => {
      const y = head.height + row * ROW_HEIGHT + ROW_TEXT_TOP;
      COLUMNS.forEach((id, column) => {
        drawText(painter, widthOf, cells[column] ?? "", {
          x: LEFTS[column]! + PAD,
          y,
          width: WIDTHS[id] - 2 * PAD,
          size: SIZE,
          bold: BOLD.has(id),
          align: RIGHT.has(id) ? "right" : "left",
        });
      });
    });
    if (total) {
      const top = head.height + rows.length * ROW_HEIGHT;
      const openColumn = COLUMNS.indexOf("openAmount");
      drawRule(painter, top + 0.5, 0, TABLE_WIDTH, 1, RULE);
      drawText(painter, widthOf, total.label, {
        x: PAD,
        y: top + HEAD_PAD + 1,
        width: LEFTS[openColumn]! - 2 * PAD,
        size: SIZE,
        bold: true,
      });
      drawText(painter, widthOf, total.amount, {
        x: LEFTS[openColumn]! + PAD,
        y: top + HEAD_PAD + 1,
        width: WIDTHS.openAmount - 2 * PAD,
        size: SIZE,
        bold: true,
        align: "right",
      });
    }
    return null;
  };
}

/** "Pagina x van y", small and grey, right-aligned at the foot of the page. */
export function paintFooter(text: string, widthOf: TTextWidth) {
  return (painter: TPainter, width: number): null => {
    painter.fillColor(GREY);
    drawText(painter, widthOf, text, { x: 0, y: 0, width, size: 7, align: "right" });
    return null;
  };
}
