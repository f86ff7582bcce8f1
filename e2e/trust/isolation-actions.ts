import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { expect, withDb } from "../fixtures";
import { dupontRows, snapshot } from "./isolation-data";
import { A, action, expectRefused, expectUnchanged, get, leaks, probe } from "./isolation-probe";

// The dealer actions and the actions on the caller's own session, each with its own check:
// called by other@demo.test with Garage Dupont's ids → refused and nothing changed, or acting on
// other@demo.test's own rows only.

export const pdfFile = () =>
  new File([Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], "probe.pdf", {
    type: "application/pdf",
  });

export function returnRequest(lines: number[], idempotencyKey: string): unknown[] {
  const { ids } = probe;
  return [
    {
      idempotencyKey,
      reference: "probe",
      remarks: "",
      copyEmail: "",
      acceptTerms: true,
      lines: lines.map((deliveredLineId) => ({ deliveredLineId, quantity: 1, reasonId: ids.reasonId })),
    },
  ];
}

export function claimForm(idempotencyKey: string): FormData {
  const { ids } = probe;
  const form = new FormData();
  form.append(
    "claim",
    JSON.stringify({
      idempotencyKey,
      articleNumber: ids.deliveredArticle,
      serialNumber: "ISO-1",
      salesOrderNumber: "",
      quantity: "1",
      vehicleMake: "Probe",
      vehicleModel: "Isolation",
      vehicleYear: "",
      vin: "",
      engineCode: "",
      mileageAtFitting: "",
      mileageAtFailure: "",
      fittingDate: "",
      failureDate: "",
      fittedBy: "",
      complaint: "Isolation probe",
      checksDone: [],
    }),
  );
  return form;
}

export function messageForm(claimNumber: string): FormData {
  const form = new FormData();
  form.append("message", JSON.stringify({ claimNumber, message: "probe" }));
  form.append("files", pdfFile());
  return form;
}

export async function checkSubmitReturn(): Promise<void> {
  const { ids, other } = probe;
  const ref = A("lib/returns/actions.ts", "submitReturnRequestAction");
  const request = (lines: number[], key: string) => returnRequest(lines, key);
  const before = await snapshot();
  // Dupont's lines; Dupont's lines hidden among one of other's own; Dupont's own idempotency key (would answer Dupont's RMA number).
  for (const [what, args] of [
    ["Dupont's delivered lines", request(ids.returnableLineIds, randomUUID())],
    [
      "one own line and one of Dupont's",
      request([ids.otherReturnableLineId, ids.returnableLineIds[0]!], randomUUID()),
    ],
    ["Dupont's lines under Dupont's idempotency key", request(ids.returnableLineIds, ids.openRmaKey)],
  ] as const) {
    const call = await action(other, ref, [...args]);
    expectRefused(call, "NOT_FOUND", what);
    expect(leaks(call.body), what).toEqual([]);
  }
  await expectUnchanged(before, "submitting a return with Dupont's lines");
}

export async function checkSubmitClaim(): Promise<void> {
  const { ids, dupont, other } = probe;
  // The claim carries no ids of other records; what could leak is the idempotency key: with Dupont's
  // key, other@demo.test must get a claim of its own, never Dupont's claim back.
  const ref = A("lib/warranty/actions.ts", "submitWarrantyClaimAction");
  const key = randomUUID();
  const submit = async (context: APIRequestContext) => {
    const call = await action(context, ref, [claimForm(key)]);
    expect(call.result, call.body.slice(0, 300)).toMatchObject({ ok: true });
    return (call.result as { data: { number: string } }).data.number;
  };
  const dupontNumber = await submit(dupont);
  probe.needles.push(dupontNumber);
  expect(await submit(dupont), "control: the same key gives Dupont the same claim").toBe(dupontNumber);
  const before = await dupontRows(ids.customerId);
  const otherNumber = await submit(other);
  expect(otherNumber).not.toBe(dupontNumber);
  const owner = await withDb(
    async (client) =>
      (await client.query(`SELECT "customerId" FROM "WarrantyClaim" WHERE number = $1`, [otherNumber]))
        .rows[0]?.customerId,
  );
  expect(owner).toBe(ids.otherCustomerId);
  expect(await dupontRows(ids.customerId), "Dupont's rows").toBe(before);
}

export async function checkClaimMessage(): Promise<void> {
  const { ids, other } = probe;
  const before = await snapshot();
  for (const claimNumber of ids.claimNumbers) {
    const call = await action(
      other,
      A("lib/warranty/actions.ts", "addClaimMessageAction"),
      [messageForm(claimNumber)],
      { params: { claim: claimNumber } },
    );
    expectRefused(call, "NOT_FOUND", `a message on Dupont's claim ${claimNumber}`);
    expect(leaks(call.body, `/warranty/${claimNumber}`), claimNumber).toEqual([]);
  }
  await expectUnchanged(before, "messages on Dupont's claims");
}

export async function checkAcknowledge(): Promise<void> {
  const { ids, other } = probe;
  const before = await snapshot();
  for (const lineIds of [ids.openLineIds, [ids.openLineIds[0]!]]) {
    const call = await action(other, A("lib/orders/actions.ts", "acknowledgeExpectedDatesAction"), [
      { lineIds, seenAt: new Date().toISOString() },
    ]);
    expectRefused(call, "NOT_FOUND", `acknowledging Dupont's open lines ${lineIds.join(",")}`);
  }
  await expectUnchanged(before, "acknowledgements of Dupont's open lines");
}

export async function checkChooseLanguage(): Promise<void> {
  const { ids, other } = probe;
  const before = await dupontRows(ids.customerId);
  const language = () =>
    withDb(
      async (client) =>
        (await client.query(`SELECT language FROM "User" WHERE email = 'other@demo.test'`)).rows[0].language,
    );
  const original = await language();
  await action(other, A("lib/auth/actions.ts", "chooseLanguage"), ["de"]);
  expect(await language(), "other's own language changes").toBe("de");
  await action(other, A("lib/auth/actions.ts", "chooseLanguage"), [original ?? "fr"]);
  expect(await dupontRows(ids.customerId), "Dupont's rows").toBe(before);
}

export async function checkLogOut(): Promise<void> {
  const { dupont, other } = probe;
  await action(other, A("lib/auth/actions.ts", "logOut"), []);
  expect((await get(dupont, "/")).status(), "Dupont stays signed in").toBe(200);
}

/** Dupont's own second-factor state: untouched by another dealer's account actions. */
async function dupontSecondFactor(): Promise<string> {
  const { ids } = probe;
  return withDb(async (db) => {
    const user = await db.query(
      `SELECT "totpSecret", "totpPendingSecret", "totpLastStep" FROM "User" WHERE id = $1`,
      [ids.dealerUserId],
    );
    const codes = await db.query(`SELECT count(*) FROM "RecoveryCode" WHERE "userId" = $1`, [
      ids.dealerUserId,
    ]);
    return JSON.stringify([user.rows[0], codes.rows[0].count]);
  });
}

export async function checkStartTwoFactor(): Promise<void> {
  const { other } = probe;
  const before = await dupontSecondFactor();
  const call = await action(other, A("lib/auth/account-actions.ts", "startTwoFactor"), [
    { userId: probe.ids.dealerUserId },
  ]);
  expect(call.status).toBeLessThan(500);
  expect(await dupontSecondFactor(), "Dupont's second factor").toBe(before);
}

export async function checkConfirmTwoFactor(): Promise<void> {
  const { other } = probe;
  const before = await dupontSecondFactor();
  const call = await action(other, A("lib/auth/account-actions.ts", "confirmTwoFactor"), [
    { code: "123456", userId: probe.ids.dealerUserId },
  ]);
  expect(call.status).toBeLessThan(500);
  expect(await dupontSecondFactor(), "Dupont's second factor").toBe(before);
}

export async function checkSignOutEverywhere(): Promise<void> {
  const { dupont, other } = probe;
  await action(other, A("lib/auth/account-actions.ts", "signOutEverywhere"), []);
  expect((await get(dupont, "/")).status(), "Dupont stays signed in").toBe(200);
  expect((await get(other, "/", "GET")).status(), "other@demo.test is signed out").toBeGreaterThanOrEqual(
    300,
  );
}
