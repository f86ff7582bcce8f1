import "server-only";
import { db } from "@/lib/db/client";
import type { TDealerViewer } from "./dealer-view";
import { isSessionAlive } from "./user-sessions";

export type TSessionUser = {
  userId: number;
  customerId: number | null;
  role: "DEALER" | "STAFF";
  email: string;
  name: string;
  language: "nl" | "fr" | "en" | "de" | null;
  /** The dealer's company as the header shows it; null for staff. */
  company: { name: string; erpNumber: string } | null;
};
export type TDealer = TSessionUser & {
  customerId: number;
  role: "DEALER";
  company: { name: string; erpNumber: string };
  /** Set when staff view this dealer's portal read-only ("view as dealer"); absent for the dealer's own users. */
  viewedBy?: TDealerViewer;
};
export type TStaff = TSessionUser & { role: "STAFF" };

type TUserRow = Omit<TSessionUser, "userId" | "company"> & {
  id: number;
  active: boolean;
  sessionVersion: number;
  companyName: string | null;
  companyErpNumber: string | null;
  companyActive: boolean | null;
  sessionLastSeenAt: Date;
  sessionExpiresAt: Date;
};

/** The user of a session token's (user id, session version, session id), or null when it has ended. */
export async function loadSessionUser(
  userId: number,
  sessionVersion: number,
  sessionId: string,
  now = new Date(),
): Promise<TSessionUser | null> {
  const [user] = await db.$queryRaw<TUserRow[]>`
    SELECT u."id", u."customerId", u."role"::text AS "role", u."email", u."name", u."language"::text AS "language",
           u."active", u."sessionVersion", c."name" AS "companyName", c."erpNumber" AS "companyErpNumber", c."active" AS "companyActive",
           s."lastSeenAt" AS "sessionLastSeenAt", s."expiresAt" AS "sessionExpiresAt"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId" LEFT JOIN "Customer" c ON c."id" = u."customerId"
    WHERE s."id" = ${sessionId} AND s."userId" = ${userId}`;
  if (!user?.active || user.sessionVersion !== sessionVersion) return null;
  const alive = await isSessionAlive(
    { id: sessionId, role: user.role, lastSeenAt: user.sessionLastSeenAt, expiresAt: user.sessionExpiresAt },
    now,
  );
  if (!alive) return null;
  if (user.customerId !== null && !user.companyActive) return null;
  const company =
    user.companyName !== null ? { name: user.companyName, erpNumber: user.companyErpNumber ?? "" } : null;
  return {
    userId: user.id,
    customerId: user.customerId,
    role: user.role,
    email: user.email,
    name: user.name,
    language: user.language,
    company,
  };
}
