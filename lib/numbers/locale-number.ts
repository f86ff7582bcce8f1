import type { TLocale } from "@/lib/i18n/locales";

// The one parser for numbers a user types (forms and grid search boxes), in their locale:
// nl/de 182.500 · 182 500 · 182500 and 1.165,50; fr 182 500 · 182.500 and 1 165,50; en 182,500
// and 1,165.50. A group separator must be followed by exactly three digits, so "1.5" in Dutch
// or "182.500" in English is not taken as a whole number. No float touches a decimal: it comes
// back as a string.

const GROUPS: Record<TLocale, readonly string[]> = {
  nl: [".", " "],
  de: [".", " "],
  fr: [" ", "."],
  en: [",", " "],
};
const DECIMAL: Record<TLocale, string> = { nl: ",", de: ",", fr: ",", en: "." };
/** Without a locale (a grid search box, parsed on the server) any separator groups thousands. */
const ANY_GROUP = [".", ",", " "] as const;
const MAX_DIGITS = 15;

// Spaces of every kind (the no-break and narrow no-break spaces that formatted numbers carry) count as one.
function compact(input: string): string {
  return input.trim().replace(/[\s\u00a0\u202f]+/g, " ");
}

function ungroup(text: string, groups: readonly string[]): string | null {
  if (/^\d+$/.test(text)) return text;
  for (const group of groups) {
    const escaped = group === " " ? " " : `\\${group}`;
    if (new RegExp(`^\\d{1,3}(${escaped}\\d{3})+$`).test(text)) return text.replaceAll(group, "");
  }
  return null;
}

/** A whole number, or null when the text is not one in this locale. */
export function parseLocaleInteger(input: string, locale?: TLocale): number | null {
  const text = compact(input);
  const negative = text.startsWith("-");
  const digits = ungroup(negative ? text.slice(1).trimStart() : text, locale ? GROUPS[locale] : ANY_GROUP);
  if (digits === null || digits.replace(/^0+(?=\d)/, "").length > MAX_DIGITS) return null;
  const value = Number(digits);
  return negative && value !== 0 ? -value : value;
}

/** A decimal as a plain string ("1165.5", "-12.50"), or null when the text is not one in this locale. */
export function parseLocaleDecimal(input: string, locale: TLocale): string | null {
  const text = compact(input);
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1).trimStart() : text;
  const decimal = DECIMAL[locale];
  const cut = body.lastIndexOf(decimal);
  const fraction = cut >= 0 ? body.slice(cut + 1) : "";
  if (cut >= 0 && !/^\d+$/.test(fraction)) return null;
  const whole = ungroup(cut >= 0 ? body.slice(0, cut) : body, GROUPS[locale]);
  if (whole === null || whole.length > MAX_DIGITS) return null;
  const plain = `${BigInt(whole)}${fraction ? `.${fraction}` : ""}`;
  return negative && /[1-9]/.test(plain) ? `-${plain}` : plain;
}

/**
 * A form field's text as the schema wants it: the whole number's plain digits when the text is one
 * in the user's locale ("182.500" → "182500"), otherwise the text as typed, for the schema to refuse.
 */
export function normalizeIntegerText(input: unknown, locale: TLocale): string {
  const text = typeof input === "string" ? input : input == null ? "" : String(input);
  const value = parseLocaleInteger(text, locale);
  return value === null ? text : String(value);
}
