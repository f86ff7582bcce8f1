// CSV export of a grid (all pages of the current filter) in the user's language and number format.
import type { TFile } from "@/lib/http/file-response";
import type { TLocale } from "@/lib/i18n/locales";
import de from "@/lib/i18n/messages/de/grid.json";
import en from "@/lib/i18n/messages/en/grid.json";
import fr from "@/lib/i18n/messages/fr/grid.json";
import nl from "@/lib/i18n/messages/nl/grid.json";
import { formatCellText } from "./format-cell";
import type { TGridColumn } from "./types";

const MESSAGES = { nl, fr, en, de } as const;
// Excel in nl/fr/de uses the comma as decimal separator, so those locales separate fields with ";".
const SEPARATOR: Record<TLocale, string> = { nl: ";", fr: ";", de: ";", en: "," };
const BOM = "\uFEFF";
// Note: a cell starting with one of these is run as a formula by spreadsheet programs.
const FORMULA_START = /^[=+\-@\t\r]/;

// Note: a spreadsheet may open the file with any of these as separator (its locale decides), so
// a field holding any of them is quoted: no separator of another locale can split it and start a
// cell of its own with a formula character.
const ANY_SEPARATOR_OR_QUOTE = /[",;\t\r\n]/;

// Note: a spreadsheet opened with another separator than the file's splits a field wherever that
// separator stands (a quote in mid-cell is no quote to it), so a formula character right after a
// separator or line break inside a text is neutralised as well as one at its start.
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])(?=[=+\-@\t\r])/g;

function guard(text: string): string {
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

function quote(text: string): string {
  return ANY_SEPARATOR_OR_QUOTE.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLines(columns: TGridColumn[], locale: TLocale) {
  const separator = SEPARATOR[locale];
  const line = (cells: string[]) => cells.map(quote).join(separator);
  return {
    header: () => line(columns.map((column) => guard(column.label))),
    row: (row: Record<string, unknown>) =>
      line(
        columns.map((column) => {
          const text = formatCellText(column, row[column.id], locale, MESSAGES[locale]);
          return column.type === "text" ? guard(text) : text;
        }),
      ),
  };
}

export function toCsv(columns: TGridColumn[], rows: Record<string, unknown>[], locale: TLocale): string {
  const lines = csvLines(columns, locale);
  return `${BOM + [lines.header(), ...rows.map(lines.row)].join("\r\n")}\r\n`;
}

/**
 * A grid's CSV as a file answer (lib/http), always a download, streamed: rows come in batches
 * (keyset reads) and each batch is written as the reader asks for more, so memory stays that of
 * one batch whatever the row count. The first batch is read before answering, so a failing query
 * is still an error answer, not a cut file. Every CSV route answers through this one helper.
 */
export async function csvStreamFile(
  fileName: string,
  columns: TGridColumn[],
  batches: AsyncIterable<Record<string, unknown>[]>,
  locale: TLocale,
): Promise<TFile> {
  const lines = csvLines(columns, locale);
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  const text = (rows: Record<string, unknown>[]) => rows.map((row) => `${lines.row(row)}\r\n`).join("");
  const first = await iterator.next();
  let pending: string | null = `${BOM}${lines.header()}\r\n${first.done ? "" : text(first.value)}`;
  let done = first.done === true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (pending !== null) {
        controller.enqueue(encoder.encode(pending));
        pending = null;
        return;
      }
      const next = done ? { done: true as const, value: undefined } : await iterator.next();
      if (next.done) {
        done = true;
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(text(next.value)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return { body, fileName, contentType: "text/csv; charset=utf-8", disposition: "attachment" };
}
