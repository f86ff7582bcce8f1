// One cell value as text in the user's locale: shared by the grid's cells and the CSV export.
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import type { TGridColumn } from "./types";

export type TYesNo = { yes: string; no: string };

export function formatCellText(column: TGridColumn, value: unknown, locale: TLocale, yesNo: TYesNo): string {
  if (value === null || value === undefined || value === "") return "";
  if (column.options) return column.options.find((o) => o.value === value)?.label ?? String(value);
  switch (column.type) {
    case "money":
      return formatMoney(value as string, locale);
    case "date":
      return value instanceof Date || typeof value === "string" ? formatDate(value, locale) : String(value);
    case "flag":
      return value ? yesNo.yes : yesNo.no;
    case "number":
      return typeof value === "number" && !Number.isInteger(value) && locale !== "en"
        ? String(value).replace(".", ",")
        : String(value);
    case "text":
      return String(value);
  }
}
