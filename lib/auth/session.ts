import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { findOpenDealerView, recordDealerViewPage, type TOpenDealerView } from "./dealer-view";
import { decodeSessionCookie } from "./session-token";
import { loadSessionUser, type TDealer, type TSessionUser, type TStaff } from "./session-user";

export type { TDealer, TSessionUser, TStaff } from "./session-user";

// The signed-in user, re-read from the database once per request (one query, with the company
// and the server-side session row): signing out, a deactivated user, a deactivated company, a
// changed password (session version) or an idle or expired session ends the session at once.
export const currentUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await sessionToken();
  return session ? loadSessionUser(session.uid, session.sv, session.sid) : null;
});

/** The request's session cookie, decrypted once per request. */
const sessionToken = cache(async () => {
  const jar = await cookies();
  return decodeSessionCookie((name) => jar.get(name)?.value);
});

/** The id of the caller's own server-side session (the account page marks it among the others). */
export async function currentSessionId(): Promise<string | undefined> {
  return (await sessionToken())?.sid;
}

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

/** The caller's open "view as dealer", when the caller is staff and has one in this session. */
export const currentDealerView = cache(async (): Promise<TOpenDealerView | null> => {
  const user = await currentUser();
  if (!user || !isStaff(user)) return null;
  const sessionId = await currentSessionId();
  return sessionId ? findOpenDealerView(user, sessionId) : null;
});

/** One note per page or file a request serves (a layout and its page both ask); prefetches are not views. */
const noteViewedPage = cache(async (viewId: string): Promise<void> => {
  const list = await headers();
  if (list.get("next-router-prefetch")) return;
  await recordDealerViewPage(viewId, list.get("x-pathname") ?? "/");
});

/**
 * A dealer user of an active company; the tenant for every dealer query. Staff with an open
 * "view as dealer" get the viewed company as a read-only dealer (`viewedBy` set): the same
 * pages, PDFs and CSVs, while dealerAction refuses every change.
 */
export async function requireDealer(): Promise<TDealer> {
  const user = await currentUser();
  if (!user) return redirectToLogin();
  if (isDealer(user)) return user;
  const view = await currentDealerView();
  if (!view) redirect("/staff");
  await noteViewedPage(view.viewId);
  const { viewId, staffUserId, staffName, customerId, company } = view;
  return { ...user, role: "DEALER", customerId, company, viewedBy: { viewId, staffUserId, staffName } };
}

/** A staff user. Note: a dealer gets a 404 here, not a 403, so /staff reveals nothing. */
export async function requireStaff(): Promise<TStaff> {
  const user = await currentUser();
  if (!user) return redirectToLogin();
  if (!isStaff(user)) notFound();
  return user;
}
