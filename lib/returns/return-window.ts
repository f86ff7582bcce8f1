import { addMonths, dateOnly, todayIso } from "@/lib/dates";

// The return window (SPEC §2.1): a line can be returned for 12 months after its delivery date,
// counted in calendar days of the business time zone. The history grid, "select all", the home
// tile, the confirmation step and the submission all take the window from here.
export const RETURN_WINDOW_MONTHS = 12;

/** The first delivery date inside the window, YYYY-MM-DD. */
export function returnWindowStartIso(today = todayIso()): string {
  return addMonths(today, -RETURN_WINDOW_MONTHS);
}

/** The first delivery date inside the window, as Prisma reads and writes a DATE column. */
export function returnWindowStart(today = todayIso()): Date {
  return dateOnly(returnWindowStartIso(today));
}

/** Whether a line delivered on this date (a DATE column's value, or YYYY-MM-DD) may still be returned. */
export function isInsideReturnWindow(deliveryDate: Date | string, today = todayIso()): boolean {
  const iso =
    typeof deliveryDate === "string" ? deliveryDate.slice(0, 10) : deliveryDate.toISOString().slice(0, 10);
  return iso >= returnWindowStartIso(today);
}
