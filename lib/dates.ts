// Calendar dates of the portal, in the business's time zone: "today" decides what is overdue and
// what falls in the return window, and timestamps are shown in it, whatever the server's own zone.
// Note: a fixed business rule (the distributor works in the Netherlands), not a deployment setting,
// so no environment variable: servers in any zone agree on the day.
export const BUSINESS_TIME_ZONE = "Europe/Amsterdam";

const BUSINESS_ISO_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: BUSINESS_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in the business time zone as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return BUSINESS_ISO_DAY.format(now);
}

/** A YYYY-MM-DD date as the Date that Prisma uses for a DATE column (UTC midnight). */
export function dateOnly(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function addDays(iso: string, days: number): string {
  const date = dateOnly(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function addMonths(iso: string, months: number): string {
  const date = dateOnly(iso);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}
