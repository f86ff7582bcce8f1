// "Moved later" marks show changes since the dealer's previous visit. The first render of a
// visit uses User.openOrdersSeenAt; the page then records the visit (seenAt = now) and keeps
// the old value in a short-lived cookie, so a refresh or a page change in the same visit shows
// the same marks instead of losing them.
export const SEEN_COOKIE = "portal_oo_seen";
export const SEEN_VISIT_SECONDS = 30 * 60;

/** The visit's baseline for this user: a Date, null (never seen before), or undefined (no visit cookie). */
export function parseSeenCookie(value: string | undefined, userId: number): Date | null | undefined {
  const match = /^(\d+)\.(none|\d{1,15})$/.exec(value ?? "");
  if (!match || Number(match[1]) !== userId) return undefined;
  return match[2] === "none" ? null : new Date(Number(match[2]));
}

export function serializeSeenCookie(userId: number, baseline: Date | null): string {
  return `${userId}.${baseline ? baseline.getTime() : "none"}`;
}
