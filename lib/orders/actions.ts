"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { dealerAction } from "@/lib/actions/safe-action";
import { markOpenOrdersSeen } from "./seen";
import { parseSeenCookie, SEEN_COOKIE, SEEN_VISIT_SECONDS, serializeSeenCookie } from "./seen-baseline";

// POST (server action) – records that the dealer saw the open order lines, after the marks were shown.
// Note: no revalidatePath and no audit entry: it changes only what this user is shown as "new".
export const acknowledgeOpenOrders = dealerAction(z.object({}), async (_input, { dealer }) => {
  const jar = await cookies();
  const visitBaseline = parseSeenCookie(jar.get(SEEN_COOKIE)?.value, dealer.userId);
  const previous = await markOpenOrdersSeen(dealer.userId);
  const baseline = visitBaseline !== undefined ? visitBaseline : previous;
  jar.set(SEEN_COOKIE, serializeSeenCookie(dealer.userId, baseline), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/orders",
    maxAge: SEEN_VISIT_SECONDS,
  });
  return null;
});
