import { todayIso } from "@/lib/dates";

// An open line whose expected delivery date has passed (portal calendar, Amsterdam) is late:
// the dealer sees it flagged "te laat" next to the date.
export function isLate(expectedDate: string | null, today = todayIso()): boolean {
  return expectedDate !== null && expectedDate.slice(0, 10) < today;
}
