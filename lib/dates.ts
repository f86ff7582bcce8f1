// Calendar dates of the portal, in its time zone (Europe/Amsterdam): "today" decides what is
// overdue and what falls in the last 12 months, whatever the server's own zone.
export const PORTAL_TIME_ZONE = "Europe/Amsterdam";

const AMSTERDAM_ISO_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: PORTAL_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Amsterdam as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return AMSTERDAM_ISO_DAY.format(now);
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
