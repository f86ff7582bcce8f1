import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "../fixtures";
import { inventory } from "./inventory";
import { claimForm, messageForm, returnRequest } from "./isolation-actions";
import { ACTIONS, ROUTES } from "./isolation-cases";
import { loadIds, openCounts, rowNeedlesOf, snapshot, tileCounts } from "./isolation-data";
import {
  action,
  expectKeptOut,
  expectSentToStaffHome,
  expectUnchanged,
  get,
  leaks,
  newContext,
  probe,
  signedIn,
  textOf,
} from "./isolation-probe";

// Tenant isolation, generated from what the app can serve: every page, route handler and server
// action found by ./inventory must have a case in ./isolation-cases.ts (the first test fails naming any that has
// none). Then, with Garage Dupont's real ids (dealer@demo.test) read from the database:
// - other@demo.test (another company) gets 404 for each id route, and no Dupont row in any list,
//   export or PDF; every staff page, route and action answers 404 / refuses;
// - every server action called by other@demo.test with Dupont's ids is refused and changes nothing
//   (a hash of every table before and after);
// - a visitor without a session (or with a forged session cookie) is sent to /login or gets
//   401/404, never data.
// Controls make each check able to fail: Dupont (or staff) gets 200 and sees its rows on the same URLs.
// Everything goes through APIRequestContext (no page navigation), so the suite stays fast.

test("every page, route handler and server action has an isolation case", async () => {
  const found = inventory();
  const cases = [...Object.keys(ROUTES), ...Object.keys(ACTIONS)];
  expect(
    found.filter((k) => !cases.includes(k)),
    "discovered without a case in isolation-cases.ts",
  ).toEqual([]);
  expect(
    cases.filter((k) => !found.includes(k)),
    "cases for something that no longer exists",
  ).toEqual([]);
});

test.describe("with Garage Dupont's real ids", () => {
  test.describe.configure({ mode: "serial" });
  const { counts } = probe;
  let ids: typeof probe.ids;

  test.beforeAll(async ({ playwright }) => {
    ids = probe.ids = await loadIds();
    probe.rowNeedles = rowNeedlesOf(ids);
    probe.needles = [...probe.rowNeedles, ids.companyName, ...ids.userEmails];
    expect(
      ids.rmaNumbers.length * ids.claimNumbers.length * ids.documentIds.length * ids.returnableLineIds.length,
    ).toBeGreaterThan(0);
    [probe.dupont, probe.other, probe.staff] = await Promise.all(
      ["dealer@demo.test", "other@demo.test", "staff@demo.test"].map((email) => signedIn(playwright, email)),
    );
    probe.visitor = await newContext(playwright);
    probe.forged = await newContext(playwright, {
      extraHTTPHeaders: { Cookie: `authjs.session-token=${randomBytes(48).toString("base64url")}` },
    });
  });

  test.afterAll(async () => {
    console.log(
      `tenant isolation: ${counts.routes} routes, ${counts.actions} actions, ${counts.requests} requests`,
    );
    await Promise.all(
      [probe.dupont, probe.other, probe.staff, probe.visitor, probe.forged].map((c) => c?.dispose()),
    );
  });

  test("another dealer gets 404 for each of Dupont's documents, PDFs and detail pages; Dupont gets them (staff: their dashboard)", async () => {
    for (const [key, c] of Object.entries(ROUTES)) {
      if (c.access !== "dealer-id") continue;
      counts.routes++;
      const urls = c.urls(ids);
      expect(urls.length, key).toBeGreaterThan(0);
      expect((await get(probe.dupont, urls[0]!)).status(), `control: Dupont opens ${urls[0]}`).toBe(200);
      await expectSentToStaffHome(await get(probe.staff, urls[0]!), `staff GET ${urls[0]}`);
      for (const url of urls) {
        const response = await get(probe.other, url);
        expect(response.status(), `other@demo.test GET ${url}`).toBe(404);
        expect(leaks(await textOf(response), url), url).toEqual([]);
      }
    }
  });

  test("another dealer's lists, exports and PDFs hold none of Dupont's rows; Dupont's do", async () => {
    for (const [_key, c] of Object.entries(ROUTES)) {
      if (c.access !== "dealer-list") continue;
      counts.routes++;
      const control = c.control ?? "rows";
      const dupontLineIds = (text: string) =>
        (JSON.parse(text) as { ids: string[] }).ids
          .map(Number)
          .filter((id) => ids.deliveredLineIds.includes(id));
      for (const url of c.urls(ids)) {
        const own = await get(probe.dupont, url);
        expect(own.status(), `control: Dupont opens ${url}`).toBe(200);
        const ownText = await textOf(own);
        if (control === "rows")
          expect(
            probe.rowNeedles.filter((n) => ownText.includes(n)).length,
            `control: Dupont sees its rows on ${url}`,
          ).toBeGreaterThan(0);
        if (control === "ids")
          expect(
            dupontLineIds(ownText).length,
            `control: Dupont gets its line ids from ${url}`,
          ).toBeGreaterThan(0);
        const response = await get(probe.other, url);
        expect(response.status(), `other@demo.test GET ${url}`).toBe(200);
        const text = await textOf(response);
        expect(leaks(text, url), `other@demo.test GET ${url}`).toEqual([]);
        if (control === "ids") expect(dupontLineIds(text), url).toEqual([]);
        if (control === "counts") {
          expect(tileCounts(ownText), `control: Dupont's own counts on ${url}`).toEqual(
            await openCounts(ids.customerId),
          );
          expect(tileCounts(text), `other@demo.test's own counts on ${url}`).toEqual(
            await openCounts(ids.otherCustomerId),
          );
        }
      }
    }
  });

  test("staff pages and documents answer 404 to a dealer; staff get them", async () => {
    for (const [, c] of Object.entries(ROUTES)) {
      if (c.access !== "staff") continue;
      counts.routes++;
      for (const url of c.urls(ids)) {
        expect((await get(probe.staff, url)).status(), `control: staff open ${url}`).toBe(200);
        const response = await get(probe.other, url);
        expect(response.status(), `other@demo.test GET ${url}`).toBe(404);
        expect(leaks(await textOf(response), url), url).toEqual([]);
      }
    }
  });

  test("a visitor without a valid session is sent to the login page or refused, never shown data", async () => {
    for (const [key, c] of Object.entries(ROUTES)) {
      if (c.access === "public") continue;
      if (c.access === "erp") {
        counts.routes++;
        const url = key.replace(/^route /, "");
        for (const [who, context] of [
          ["visitor", probe.visitor],
          ["forged session", probe.forged],
          ["a dealer's session", probe.other],
        ] as const) {
          const response = await get(context, url, c.method);
          expect(response.status(), `${who} ${c.method} ${url}`).toBe(401);
        }
        continue;
      }
      for (const url of c.urls(ids).slice(0, 1)) {
        await expectKeptOut(await get(probe.visitor, url), `visitor GET ${url}`);
        await expectKeptOut(await get(probe.forged, url), `forged session GET ${url}`);
      }
    }
  });

  test("staff actions refuse a dealer and a visitor with real ids, and change nothing", async () => {
    for (const [key, c] of Object.entries(ACTIONS)) {
      if (c.access !== "staff") continue;
      counts.actions++;
      const [file, name] = key.replace(/^action /, "").split("#") as [string, string];
      const options = { params: c.params?.(ids) };
      const before = await snapshot();
      // Note: the role is checked before the input, so a dealer learns nothing, not even the field names.
      for (const args of [c.args(ids), [{}]]) {
        const asDealer = await action(probe.other, { file, name }, args, options);
        expect(asDealer.result, `other@demo.test calls ${name}: ${asDealer.status}`).toEqual({
          ok: false,
          code: "NOT_FOUND",
          message: expect.any(String),
        });
      }
      for (const [who, context] of [
        ["visitor", probe.visitor],
        ["forged session", probe.forged],
      ] as const) {
        const call = await action(context, { file, name }, c.args(ids), options);
        const toLogin = call.redirect?.startsWith("/login") || (call.status >= 300 && call.status < 400);
        expect(toLogin, `${who} calls ${name}: ${call.status} ${JSON.stringify(call.result)}`).toBe(true);
      }
      await expectUnchanged(before, `${name} called by a dealer and a visitor`);
    }
  });

  test("dealer actions refuse Dupont's ids from another dealer, and change nothing", async () => {
    for (const [key, c] of Object.entries(ACTIONS)) {
      if (c.access !== "dealer") continue;
      counts.actions++;
      await test.step(key, () => c.check(ids));
    }
  });

  test("a visitor's dealer actions are sent to the login page and change nothing", async () => {
    const before = await snapshot();
    for (const [key, c] of Object.entries(ACTIONS)) {
      if (c.access !== "dealer" && c.access !== "self") continue;
      const [file, name] = key.replace(/^action /, "").split("#") as [string, string];
      if (name === "logOut" || name === "chooseLanguage") continue; // Note: no data; they act on the caller's own cookie.
      for (const [who, context] of [
        ["visitor", probe.visitor],
        ["forged session", probe.forged],
      ] as const) {
        // Valid input, so the refusal comes from the missing session, not from validation.
        const args: Record<string, () => unknown[]> = {
          acknowledgeExpectedDatesAction: () => [
            { lineIds: ids.openLineIds, seenAt: new Date().toISOString() },
          ],
          submitReturnRequestAction: () => returnRequest(ids.returnableLineIds, randomUUID()),
          submitWarrantyClaimAction: () => [claimForm(randomUUID())],
          addClaimMessageAction: () => [messageForm(ids.openClaimNumber)],
          signOutEverywhere: () => [undefined],
          startTwoFactor: () => [undefined],
          confirmTwoFactor: () => [{ code: "123456" }],
          updateAccountNameAction: () => [{ name: "Visitor" }],
          changePasswordAction: () => [
            { currentPassword: "Demo!2026", password: "Visitor-2026!", passwordConfirm: "Visitor-2026!" },
          ],
          setAccountLanguageAction: () => [{ language: "de" }],
          setMailPreferencesAction: () => [
            { mailRmaStatus: false, mailWarrantyStatus: false, mailInvoiceReminders: false },
          ],
          inviteColleagueAction: () => [
            { email: "visitor-probe@dealer.test", name: "Visitor", language: "nl" },
          ],
          setColleagueActiveAction: () => [{ userId: ids.dealerUserId, active: false }],
          reinviteColleagueAction: () => [{ userId: ids.dealerUserId }],
          setColleagueAdminAction: () => [{ userId: ids.dealerUserId, admin: false }],
        };
        expect(args[name], `visitor arguments for ${name}`).toBeDefined();
        const call = await action(context, { file, name }, args[name]!(), {
          params: { claim: ids.openClaimNumber },
        });
        const toLogin = call.redirect?.startsWith("/login") || (call.status >= 300 && call.status < 400);
        expect(toLogin, `${who} calls ${name}: ${call.status} ${JSON.stringify(call.result)}`).toBe(true);
      }
    }
    await expectUnchanged(before, "dealer actions called by visitors");
  });

  test("actions on the caller's own session or user leave Dupont untouched", async () => {
    // Note: logOut and signOutEverywhere last, they end other@demo.test's session.
    const endsSession = (key: string) => key.endsWith("#logOut") || key.endsWith("#signOutEverywhere");
    const selfCases = Object.entries(ACTIONS)
      .filter(([, c]) => c.access === "self")
      .sort(([a], [b]) => Number(endsSession(a)) - Number(endsSession(b)));
    for (const [key, c] of selfCases) {
      if (c.access !== "self") continue;
      counts.actions++;
      await test.step(key, () => c.check(ids));
    }
    for (const [, c] of Object.entries(ACTIONS)) if (c.access === "public") counts.actions++;
    for (const [, c] of Object.entries(ROUTES)) if (c.access === "public") counts.routes++;
  });
});
