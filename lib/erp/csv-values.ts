// Turns the text of a CSV cell into the value the row schema expects. Numbers and dates come
// as the seed's screens print them (1.165,00 and 01-10-2020) or in ISO form; anything that
// is not clearly one of those is passed on as text, so the schema rejects it with a reason.
import type { TErpEntity } from "./schema";

export type TCsvKind = "text" | "int" | "money" | "date" | "dateOrNull" | "boolean" | "textOrNull";

export const CSV_KINDS: Record<TErpEntity, Record<string, TCsvKind>> = {
  customers: { active: "boolean", email: "textOrNull" },
  "delivered-lines": {
    specialOrder: "boolean",
    netUnitPrice: "money",
    quantityOrdered: "int",
    quantityDelivered: "int",
    deliveryDate: "date",
  },
  "open-lines": {
    orderDate: "date",
    quantityOrdered: "int",
    quantityDelivered: "int",
    expectedDate: "dateOrNull",
  },
  invoices: { invoiceDate: "date", dueDate: "date", amount: "money" },
  payments: { amount: "money", paidOn: "date" },
  documents: {},
};

const TRUE = new Set(["1", "true", "yes", "ja", "j", "oui", "o", "x", "y", "wahr"]);
const FALSE = new Set(["0", "false", "no", "nee", "n", "non", "falsch"]);

export function parseCsvMoney(text: string): string {
  const compact = text.replace(/[\s€]/g, "");
  if (/^-?\d{1,3}(\.\d{3})*,\d{1,2}$/.test(compact) || /^-?\d+,\d{1,2}$/.test(compact))
    return compact.replace(/\./g, "").replace(",", ".");
  if (/^-?\d{1,3}(\.\d{3})+$/.test(compact) && !/^-?\d+\.\d{1,2}$/.test(compact))
    return compact.replace(/\./g, "");
  return compact;
}

export function parseCsvDate(text: string): string {
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text.trim());
  if (local) return `${local[3]}-${local[2]!.padStart(2, "0")}-${local[1]!.padStart(2, "0")}`;
  return text.trim();
}

/** The value for the row object, or undefined to leave the field out (an empty cell). */
export function convertCsvCell(kind: TCsvKind, text: string): unknown {
  const value = text.trim();
  if (value === "") return kind === "dateOrNull" || kind === "textOrNull" ? null : undefined;
  switch (kind) {
    case "int":
      return /^-?\d+$/.test(value) ? Number(value) : value;
    case "money":
      return parseCsvMoney(value);
    case "date":
    case "dateOrNull":
      return parseCsvDate(value);
    case "boolean":
      return TRUE.has(value.toLowerCase()) ? true : FALSE.has(value.toLowerCase()) ? false : value;
    default:
      return value;
  }
}
