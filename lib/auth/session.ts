import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { auth } from "./config";

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
export type TDealer = TSessionUser & { customerId: number; role: "DEALER"; company: { name: string; erpNumber: string } };
export type TStaff = TSessionUser & { role: "STAFF" };

type TUserRow = Omit<TSessionUser, "userId" | "company"> & {
  id: number; active: boolean; sessionVersion: number;
  companyName: string | null; companyErpNumber: string | null; companyActive: boolean | null;
};

// The signed-in user, re-read from the database once per request (one query, with the company):
// a deactivated user, a deactivated company or a changed password (session version) ends the
// session at once.
export const currentUser = cache(async (): Promise<TSessionUser | null> => {
  const session = (await auth()) as { uid?: number; sv?: number } | null;
  if (!session?.uid) return null;
  const [user] = await db.$queryRaw<TUserRow[]>`
    SELECT u."id", u."customerId", u."role"::text AS "role", u."email", u."name", u."language"::text AS "language",
           u."active", u."sessionVersion", c."name" AS "companyName", c."erpNumber" AS "companyErpNumber", c."active" AS "companyActive"
    FROM "User" u LEFT JOIN "Customer" c ON c."id" = u."customerId"
    WHERE u."id" = ${session.uid}`;
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  if (user.customerId !== null && !user.companyActive) return null;
  const company = user.companyName !== null ? { name: user.companyName, erpNumber: user.companyErpNumber ?? "" } : null;
  return { userId: user.id, customerId: user.customerId, role: user.role, email: user.email, name: user.name, language: user.language, company };
});

/** Sends a visitor without a session to the login page, back to where they were afterwards. */
export async function redirectToLogin(): Promise<never> {
  const path = (await headers()).get("x-pathname") ?? "/";
  redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
}

export function isDealer(user: TSessionUser): user is TDealer {
  return user.role === "DEALER" && user.customerId !== null && user.company !== null;
}

export function isStaff(user: TSessionUser): user is TStaff {
  return user.role === "STAFF";
}

/** A dealer user of an active company; the tenant for every dealer query. */
export async function requireDealer(): Promise<TDealer> {
  const user = await currentUser();
  if (!user) return redirectToLogin();
  if (!isDealer(user)) redirect("/staff");
  return user;
}

/** A staff user. Note: a dealer gets a 404 here, not a 403, so /staff reveals nothing. */
export async function requireStaff(): Promise<TStaff> {
  const user = await currentUser();
  if (!user) return redirectToLogin();
  if (!isStaff(user)) notFound();
  return user;
}
