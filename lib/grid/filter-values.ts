// Parsers for the values a user types into a column search box: integers, amounts, dates, yes/no.
import { parseLocaleInteger } from "@/lib/numbers/locale-number";

const INT4_MAX = 2_147_483_647;
// Decimal(12,2) holds 10 whole digits; a longer amount cannot match and could overflow the query.
const MAX_MONEY_WHOLE_DIGITS = 10;

/** `5`, `182.500`, `182,500`, `182 500`: thousands grouped the way any of our locales writes them. */
export function parseInteger(text: string): number | null {
  const value = parseLocaleInteger(text);
  return value !== null && Math.abs(value) <= INT4_MAX ? value : null;
}

/** `1.165,00`, `1165,00`, `1,165.00`, `1165.5`, `€ 1.165` → "1165.00"; a lone separator before 3 digits groups thousands. */
export function parseMoney(input: string): string | null {
  const compact = input.replace(/[\s€]/g, "");
  const sign = compact.startsWith("-") ? "-" : "";
  const text = sign ? compact.slice(1) : compact;
  if (!/^\d[\d.,]*$/.test(text)) return null;

  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let decimal: "." | "," | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? "." : ",";
  else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? "." : ",";
    const occurrences = text.split(separator).length - 1;
    const digitsAfter = text.length - text.lastIndexOf(separator) - 1;
    decimal = occurrences === 1 && digitsAfter !== 3 ? separator : null;
  }

  const cut = decimal ? text.lastIndexOf(decimal) : text.length;
  const wholeText = text.slice(0, cut);
  const fraction = decimal ? text.slice(cut + 1) : "";
  const group = decimal === "." ? "," : decimal === "," ? "." : text.includes(".") ? "." : ",";
  const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})*$`);
  if (!/^\d+$/.test(wholeText) && !grouped.test(wholeText)) return null;
  if (decimal && !/^\d{1,2}$/.test(fraction)) return null;

  const whole = BigInt(wholeText.replaceAll(group, "")).toString();
  if (whole.length > MAX_MONEY_WHOLE_DIGITS) return null;
  const isZero = whole === "0" && /^0*$/.test(fraction);
  return `${isZero ? "" : sign}${whole}.${fraction.padEnd(2, "0")}`;
}

export function compareMoney(a: string, b: string): number {
  const cents = (value: string) => BigInt(value.replace(".", ""));
  const diff = cents(a) - cents(b);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

/** A day, month or year the user typed, as a half-open range of ISO dates [start, end). */
export type TPeriod = { start: string; end: string };

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

function shift(iso: string, unit: "day" | "month" | "year"): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (unit === "day") date.setUTCDate(date.getUTCDate() + 1);
  if (unit === "month") date.setUTCMonth(date.getUTCMonth() + 1);
  if (unit === "year") date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

export function parsePeriod(input: string): TPeriod | null {
  const text = input.trim();
  let match: RegExpExecArray | null;
  let start: string | null = null;
  let unit: "day" | "month" | "year" = "day";
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) {
    start = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  } else if ((match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text))) {
    start = isoDate(fullYear(match[4]!), Number(match[3]), Number(match[1]));
  } else if ((match = /^(\d{1,2})[-/.](\d{4})$/.exec(text))) {
    [start, unit] = [isoDate(Number(match[2]), Number(match[1]), 1), "month"];
  } else if ((match = /^(\d{4})-(\d{1,2})$/.exec(text))) {
    [start, unit] = [isoDate(Number(match[1]), Number(match[2]), 1), "month"];
  } else if ((match = /^(\d{4})$/.exec(text))) {
    [start, unit] = [isoDate(Number(match[1]), 1, 1), "year"];
  }
  return start ? { start, end: shift(start, unit) } : null;
}

const YES = new Set(["ja", "j", "yes", "y", "oui", "o", "1", "true", "waar", "vrai", "wahr", "✓"]);
const NO = new Set(["nee", "n", "no", "non", "nein", "0", "false", "onwaar", "faux", "falsch"]);

export function parseFlag(text: string): boolean | null {
  const word = text.trim().toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : null;
}
