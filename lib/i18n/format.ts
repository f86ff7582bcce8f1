import { BUSINESS_TIME_ZONE } from "@/lib/dates";
import type { TLocale } from "./locales";

// Money and dates as the seed's screens show them: 1.165,00 and 01-10-2020 (nl/fr/de);
// English gets 1,165.00 and 01/10/2020. Amounts are formatted from their decimal string, so
// no float ever touches a cent.
const SEPARATORS: Record<TLocale, { group: string; decimal: string }> = {
  nl: { group: ".", decimal: "," },
  fr: { group: ".", decimal: "," },
  de: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

export function formatMoney(value: { toString(): string } | string | number, locale: TLocale): string {
  const text = typeof value === "number" ? value.toFixed(2) : value.toString();
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return text;
  const [, sign = "", whole, fraction = ""] = match;
  const cents = roundFraction(whole!, fraction);
  const { group, decimal } = SEPARATORS[locale];
  const grouped = cents.whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const isZero = /^0+$/.test(cents.whole) && cents.fraction === "00";
  return `${isZero ? "" : sign}${grouped}${decimal}${cents.fraction}`;
}

function roundFraction(whole: string, fraction: string): { whole: string; fraction: string } {
  const padded = `${fraction}000`.slice(0, 3);
  let cents = BigInt(whole) * 100n + BigInt(padded.slice(0, 2));
  if (Number(padded[2]) >= 5) cents += 1n;
  return { whole: (cents / 100n).toString(), fraction: (cents % 100n).toString().padStart(2, "0") };
}

// Note: Intl formatters are costly to create (tens of µs), and a grid formats hundreds of cells
// per page, so the two used here are made once.
const BUSINESS_DAY = new Intl.DateTimeFormat("en-GB", {
  timeZone: BUSINESS_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const BUSINESS_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: BUSINESS_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
});

/** A calendar date (stored as DATE, read as UTC midnight) or a timestamp shown in the business time zone. */
export function formatDate(
  value: Date | string | null | undefined,
  locale: TLocale,
  { calendarDate = true } = {},
): string {
  if (!value) return "";
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return "";
  const [day, month, year] = calendarDate
    ? [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()].map((n, i) =>
        String(n).padStart(i === 2 ? 4 : 2, "0"),
      )
    : BUSINESS_DAY.format(date).split("/");
  return [day, month, year].join(locale === "en" ? "/" : "-");
}

export function formatDateTime(value: Date | string | null | undefined, locale: TLocale): string {
  if (!value) return "";
  const date = typeof value === "string" ? new Date(value) : value;
  const time = BUSINESS_TIME.format(date);
  return `${formatDate(date, locale, { calendarDate: false })} ${time}`;
}
