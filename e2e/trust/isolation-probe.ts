import type { APIRequestContext, APIResponse } from "@playwright/test";
import { pdfText } from "../../tests/pdf-text";
import { DEMO_PASSWORD, expect, freshTotpCode, test } from "../fixtures";
import { snapshot, type TIds } from "./isolation-data";
import { callAction, type TActionCall, type TActionRef, type TCallOptions } from "./server-action";

// The isolation suite's request contexts (each signed in through the login action, no browser)
// and its checks on a response: Dupont's values in it, kept out, refused, nothing changed.
export const probe = {
  ids: undefined as unknown as TIds,
  /** Dupont's rows as lists show them. */
  rowNeedles: [] as string[],
  /** The rows plus Dupont's company name and users' e-mail addresses. */
  needles: [] as string[],
  dupont: undefined as unknown as APIRequestContext, // dealer@demo.test, the owner of the ids
  other: undefined as unknown as APIRequestContext, // other@demo.test, another company
  staff: undefined as unknown as APIRequestContext,
  visitor: undefined as unknown as APIRequestContext, // no session cookie
  forged: undefined as unknown as APIRequestContext, // a session cookie that is not a valid session
  counts: { requests: 0, routes: 0, actions: 0 },
};

export const A = (file: string, name: string): TActionRef => ({ file, name });

export async function newContext(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  extra: object = {},
) {
  return playwright.request.newContext({ baseURL: test.info().project.use.baseURL, ...extra });
}

/** Signs in through the login action, as the login form does; the context keeps the session cookie. */
export async function signedIn(
  playwright: Parameters<typeof newContext>[0],
  email: string,
): Promise<APIRequestContext> {
  const context = await newContext(playwright);
  const credentials = { email, password: DEMO_PASSWORD, callbackUrl: "/" };
  let login = await action(context, A("lib/auth/actions.ts", "logIn"), [credentials]);
  for (
    let attempt = 0;
    attempt < 3 && !login.redirect && JSON.stringify(login.result).includes('"step":"code"');
    attempt++
  ) {
    login = await action(context, A("lib/auth/actions.ts", "logIn"), [
      { ...credentials, code: await freshTotpCode(email) },
    ]);
    if (!login.redirect) login = await action(context, A("lib/auth/actions.ts", "logIn"), [credentials]);
  }
  expect(login.redirect, `signing in ${email}: ${JSON.stringify(login.result)}`).not.toBeNull();
  return context;
}

export async function get(
  context: APIRequestContext,
  url: string,
  method: "GET" | "POST" = "GET",
): Promise<APIResponse> {
  probe.counts.requests++;
  return context.fetch(url, {
    method,
    maxRedirects: 0,
    ...(method === "POST" ? { data: "[]", headers: { "Content-Type": "application/json" } } : {}),
  });
}

export async function action(
  context: APIRequestContext,
  ref: TActionRef,
  args: unknown[],
  options?: TCallOptions,
): Promise<TActionCall> {
  probe.counts.requests++;
  return callAction(context, ref, args, options);
}

/** The response as text; a PDF as its text. */
export async function textOf(response: APIResponse): Promise<string> {
  const bytes = await response.body();
  return bytes.subarray(0, 5).toString("latin1") === "%PDF-" ? pdfText(bytes) : bytes.toString("utf8");
}

/** Dupont's values in a response; those in the requested URL itself are echoed back (the page's path), not leaked. */
export function leaks(text: string, url = ""): string[] {
  return probe.needles.filter((n) => text.includes(n) && !decodeURIComponent(url).includes(n));
}

/** Staff opening a dealer URL land on their own dashboard, shown none of Dupont's data. */
export async function expectSentToStaffHome(response: APIResponse, what: string): Promise<void> {
  expect(response.status(), what).toBeGreaterThanOrEqual(300);
  expect(response.status(), what).toBeLessThan(400);
  expect(response.headers().location ?? "", what).toMatch(/^(https?:\/\/[^/]+)?\/staff$/);
  expect(leaks(await textOf(response), what), what).toEqual([]);
}

/** Sent to the login page, or refused with 401/404; never data. */
export async function expectKeptOut(response: APIResponse, what: string): Promise<void> {
  const status = response.status();
  if (status >= 300 && status < 400)
    expect(response.headers().location ?? "", what).toMatch(/^(https?:\/\/[^/]+)?\/login(\?|$)/);
  else expect([401, 404], `${what}: status ${status}`).toContain(status);
  expect(leaks(await textOf(response), what), what).toEqual([]);
}

export async function expectUnchanged(
  before: Record<string, string>,
  what: string,
  allowed: string[] = [],
): Promise<void> {
  const after = await snapshot();
  const changed = Object.keys(after).filter((t) => after[t] !== before[t] && !allowed.includes(t));
  expect(changed, `${what} changed these tables`).toEqual([]);
}

export function expectRefused(call: TActionCall, code: string, what: string): void {
  expect(call.result, `${what}: ${call.status} ${call.body.slice(0, 300)}`).toMatchObject({
    ok: false,
    code,
  });
}
