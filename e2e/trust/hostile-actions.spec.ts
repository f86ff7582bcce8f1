import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import type { APIRequestContext, Browser } from "@playwright/test";
import type pg from "pg";
import { expect, seedDealer, signInAs, type TSeededDealer, test, withDb } from "../fixtures";
import { seedClaim, seedOpenRma } from "../staff/helpers";
import { HOSTILE_STRINGS, WRONG_SCALARS, WRONG_TYPES } from "./hostile-inputs";
import { sourceActions } from "./inventory";
import { callAction } from "./server-action";

// Every server action fed hostile input over real HTTP (issue 9): the whole argument of the wrong
// shape, every hostile string in every text field, wrong scalars, out-of-range ids and numbers.
// Each answer is a translated refusal in the caller's language or a success; never a 500 or an
// INTERNAL error; a refusal changes nothing (every table compared before and after).
type TLocale = "fr" | "de" | "en";
type TCtx = {
  dealer: TSeededDealer;
  lineIds: number[];
  reasonId: number;
  ownReasonId: number;
  rmaLines: number[];
  rejectLines: number[];
  rma2: number;
  claim: { claimId: number; number: string };
  openLineId: number;
  article: string;
  secondUserId: number;
  tokenId: number;
  settings: Record<string, string>;
};
type TCase = {
  file: string;
  name: string;
  as: "dealer" | "staff" | "anonymous";
  /** A valid input, made fresh for every call (keys and rotating ids). */
  input: (ctx: TCtx) => Record<string, unknown>;
  /** Fields that point at rows: only values that can never name another row are tried. */
  ids?: string[];
  /** Free-text fields: every hostile string, one field at a time (these are the ones that get stored). */
  free?: string[];
  /** The page to post to, when the first page registering the action needs a session the caller lacks. */
  path?: string;
  /** Sent as FormData with the input as JSON in this field (the warranty forms). */
  form?: "claim" | "message";
  /** Extra whole inputs to try. */
  extra?: (ctx: TCtx) => Array<Record<string, unknown>>;
  /** Inputs that must be refused as invalid. */
  refused?: (ctx: TCtx) => Array<Record<string, unknown>>;
  /** Tidy up after the case (the e2e database is shared with the other specs). */
  after?: (client: pg.Client, ctx: TCtx, started: Date) => Promise<unknown>;
};

const today = () => new Date().toISOString().slice(0, 10);
const rotate = <T>(list: T[]) => {
  let i = 0;
  return () => list[i++ % list.length]!;
};
const SAFE_ID_VALUES: unknown[] = [null, -1, 1.5, 2_147_483_648, 1e308, `'; DROP TABLE "Rma";--`];
const NUMBER_VALUES: unknown[] = [-1, 1.5, 2_147_483_648, 9_007_199_254_740_993, 1e308, "abc"];
const STRING_WRONG_VALUES = [
  ...WRONG_TYPES.map((w) => w.value),
  ...WRONG_SCALARS.filter((w) => ["null", "true"].includes(w.name)).map((w) => w.value),
];
// Every field at once gets these (the free-text fields, which reach the database, get every hostile string one by one).
const ALL_FIELDS_STRINGS = HOSTILE_STRINGS.filter((h) =>
  [
    "NUL",
    "lone high surrogate",
    "lone low surrogate",
    "10,000 characters",
    "whitespace only",
    "SQL injection",
    "script tag",
    "emoji",
    "RTL override",
  ].includes(h.name),
);

let next: Record<string, () => number> = {};
const CASES: TCase[] = [
  // The dealer's own account: turning on the second step (no input), and its first code.
  { file: "lib/auth/account-actions.ts", name: "startTwoFactor", as: "dealer", input: () => ({}) },
  {
    file: "lib/auth/account-actions.ts",
    name: "confirmTwoFactor",
    as: "dealer",
    input: () => ({ code: "123456" }),
  },
  // The account page (issue 20): name, password (a wrong current one: refused), language, mail choices.
  {
    file: "lib/auth/account-actions.ts",
    name: "updateAccountNameAction",
    as: "dealer",
    free: ["name"],
    input: () => ({ name: "Hostile name" }),
  },
  {
    file: "lib/auth/account-actions.ts",
    name: "changePasswordAction",
    as: "dealer",
    input: () => ({
      currentPassword: "not-the-password",
      password: "Hostile-2026!",
      passwordConfirm: "Hostile-2026!",
    }),
    after: (c, ctx) =>
      c.query(`DELETE FROM "RateLimitBucket" WHERE policy = 'login-account' AND key = $1`, [
        ctx.dealer.email,
      ]),
  },
  {
    file: "lib/auth/account-actions.ts",
    name: "setAccountLanguageAction",
    as: "dealer",
    input: () => ({ language: "fr" }),
  },
  {
    file: "lib/auth/account-actions.ts",
    name: "setMailPreferencesAction",
    as: "dealer",
    input: () => ({ mailRmaStatus: true, mailWarrantyStatus: true, mailInvoiceReminders: false }),
  },
  // The company admin's users page (the seeded dealer is its company's admin).
  {
    file: "lib/company/actions.ts",
    name: "inviteColleagueAction",
    as: "dealer",
    free: ["name"],
    input: () => ({
      email: `c-${randomUUID().slice(0, 8)}@hostile.test`,
      name: "Hostile colleague",
      language: "fr",
    }),
  },
  {
    file: "lib/company/actions.ts",
    name: "setColleagueActiveAction",
    as: "dealer",
    ids: ["userId"],
    input: (ctx) => ({ userId: ctx.secondUserId, active: true }),
  },
  {
    file: "lib/company/actions.ts",
    name: "reinviteColleagueAction",
    as: "dealer",
    ids: ["userId"],
    input: (ctx) => ({ userId: ctx.secondUserId }),
  },
  {
    file: "lib/company/actions.ts",
    name: "setColleagueAdminAction",
    as: "dealer",
    ids: ["userId"],
    input: (ctx) => ({ userId: ctx.secondUserId, admin: false }),
  },
  // Visitors.
  {
    file: "lib/auth/actions.ts",
    name: "logIn",
    as: "anonymous",
    input: () => ({
      email: `nobody-${randomUUID()}@hostile.test`,
      password: "wrong-password",
      callbackUrl: "/",
    }),
    free: ["callbackUrl"],
    after: (c) => c.query(`DELETE FROM "RateLimitBucket" WHERE policy = 'login-ip'`),
  },
  {
    file: "lib/auth/actions.ts",
    name: "requestReset",
    as: "anonymous",
    input: () => ({ email: `nobody-${randomUUID()}@hostile.test` }),
    after: (c) => c.query(`DELETE FROM "RateLimitBucket" WHERE policy = 'password-reset-ip'`),
  },
  {
    file: "lib/auth/actions.ts",
    name: "setPassword",
    as: "anonymous",
    path: "/set-password/hostile",
    input: () => ({
      token: randomUUID() + randomUUID(),
      password: "Long-enough-2026!",
      passwordConfirm: "Long-enough-2026!",
    }),
  },
  // Dealers.
  {
    file: "lib/returns/actions.ts",
    name: "submitReturnRequestAction",
    as: "dealer",
    free: ["reference", "remarks"],
    input: (ctx) => ({
      idempotencyKey: randomUUID(),
      lines: [{ deliveredLineId: next.line!(), quantity: 1, reasonId: ctx.reasonId }],
      reference: "",
      remarks: "",
      copyEmail: "",
      acceptTerms: true,
    }),
    refused: (ctx) =>
      ["javascript:alert(1)//@x.test", "<script>@x.test", "a@b.test\nBcc: c@d.test"].map((copyEmail) => ({
        idempotencyKey: randomUUID(),
        lines: [{ deliveredLineId: ctx.lineIds[0], quantity: 1, reasonId: ctx.reasonId }],
        reference: "",
        remarks: "",
        copyEmail,
        acceptTerms: true,
      })),
    extra: (ctx) =>
      [
        ...[2_147_483_648, 1e308, -1, 0].flatMap((n) => [
          { lines: [{ deliveredLineId: n, quantity: 1, reasonId: ctx.reasonId }] },
          { lines: [{ deliveredLineId: ctx.lineIds[0], quantity: n, reasonId: ctx.reasonId }] },
          { lines: [{ deliveredLineId: ctx.lineIds[0], quantity: 1, reasonId: n }] },
        ]),
        {
          lines: Array.from({ length: 501 }, (_, i) => ({
            deliveredLineId: i + 1,
            quantity: 1,
            reasonId: ctx.reasonId,
          })),
        },
        {
          lines: [
            { deliveredLineId: ctx.lineIds[0], quantity: 1, reasonId: ctx.reasonId },
            { deliveredLineId: ctx.lineIds[0], quantity: 1, reasonId: ctx.reasonId },
          ],
        },
      ].map((patch) => ({
        idempotencyKey: randomUUID(),
        reference: "",
        remarks: "",
        copyEmail: "",
        acceptTerms: true,
        ...patch,
      })),
  },
  {
    file: "lib/warranty/actions.ts",
    name: "submitWarrantyClaimAction",
    as: "dealer",
    form: "claim",
    free: ["complaint", "engineCode"],
    input: () => ({
      idempotencyKey: randomUUID(),
      articleNumber: "WG1803348",
      serialNumber: "SN-HOSTILE",
      salesOrderNumber: "",
      quantity: "1",
      vehicleMake: "Volkswagen",
      vehicleModel: "Golf",
      vehicleYear: "2017",
      vin: "",
      engineCode: "",
      mileageAtFitting: "1000",
      mileageAtFailure: "2000",
      fittingDate: "",
      failureDate: "",
      fittedBy: "",
      complaint: "Turbo lekt olie",
      checksDone: [],
    }),
  },
  {
    file: "lib/warranty/actions.ts",
    name: "addClaimMessageAction",
    as: "dealer",
    form: "message",
    free: ["message"],
    input: (ctx) => ({ claimNumber: ctx.claim.number, message: "Nog een vraag" }),
  },
  {
    file: "lib/orders/actions.ts",
    name: "acknowledgeExpectedDatesAction",
    as: "dealer",
    input: (ctx) => ({ lineIds: [ctx.openLineId], seenAt: new Date().toISOString() }),
    refused: () => [
      { lineIds: [], seenAt: new Date().toISOString() },
      { lineIds: [1.5], seenAt: new Date().toISOString() },
      { lineIds: [2_147_483_648], seenAt: new Date().toISOString() },
      { lineIds: "1", seenAt: new Date().toISOString() },
      { lineIds: [1], seenAt: "gisteren" },
      { lineIds: [1] },
    ],
  },
  // Staff.
  {
    file: "lib/staff/orders/actions.ts",
    name: "setLineExpectedDateAction",
    as: "staff",
    ids: ["lineId"],
    input: (ctx) => ({ lineId: ctx.openLineId, expectedDate: "2027-01-01" }),
  },
  {
    file: "lib/staff/orders/actions.ts",
    name: "setArticleExpectedDateAction",
    as: "staff",
    input: (ctx) => ({ articleNumber: ctx.article, expectedDate: "2027-01-01" }),
  },
  {
    file: "lib/staff/customers/actions.ts",
    name: "createCustomerAction",
    as: "staff",
    free: ["name"],
    input: () => ({
      erpNumber: `H${randomUUID().slice(0, 8)}`,
      name: "Hostile BV",
      language: "nl",
      street: "",
      postalCode: "",
      city: "",
      country: "NL",
    }),
  },
  {
    file: "lib/staff/customers/actions.ts",
    name: "updateCustomerSettingsAction",
    as: "staff",
    ids: ["customerId"],
    input: (ctx) => ({
      customerId: ctx.dealer.customerId,
      carrier: "PARCEL_SERVICE",
      specialOrderReturnsAllowed: false,
      language: "fr",
    }),
  },
  {
    file: "lib/staff/customers/actions.ts",
    name: "createUserAction",
    as: "staff",
    ids: ["customerId"],
    free: ["name"],
    input: (ctx) => ({
      customerId: ctx.dealer.customerId,
      email: `u-${randomUUID().slice(0, 8)}@hostile.test`,
      name: "Hostile user",
      language: "fr",
    }),
  },
  {
    file: "lib/staff/customers/actions.ts",
    name: "setUserActiveAction",
    as: "staff",
    ids: ["userId"],
    input: (ctx) => ({ userId: ctx.secondUserId, active: true }),
  },
  {
    file: "lib/staff/customers/actions.ts",
    name: "resendInvitationAction",
    as: "staff",
    ids: ["userId"],
    input: (ctx) => ({ userId: ctx.secondUserId }),
  },
  {
    file: "lib/staff/customers/actions.ts",
    name: "setUserAdminAction",
    as: "staff",
    ids: ["userId"],
    input: (ctx) => ({ userId: ctx.secondUserId, admin: false }),
  },
  {
    file: "lib/staff/customers/actions.ts",
    name: "endUserSessionsAction",
    as: "staff",
    ids: ["userId"],
    input: (ctx) => ({ userId: ctx.secondUserId }),
  },
  {
    file: "lib/staff/dealer-view/actions.ts",
    name: "startDealerViewAction",
    as: "staff",
    ids: ["customerId"],
    input: (ctx) => ({ customerId: ctx.dealer.customerId, landing: "/returns" }),
    refused: (ctx) =>
      ["https://evil.test/", "//evil.test/returns", "/staff/customers", "/returns/../account"].map(
        (landing) => ({
          customerId: ctx.dealer.customerId,
          landing,
        }),
      ),
    after: (c, _ctx, started) =>
      c.query(`UPDATE "DealerView" SET "endedAt" = now() WHERE "endedAt" IS NULL AND "startedAt" >= $1`, [
        started,
      ]),
  },
  { file: "lib/staff/dealer-view/actions.ts", name: "endDealerViewAction", as: "staff", input: () => ({}) },
  {
    file: "lib/staff/settings/actions.ts",
    name: "createReasonAction",
    as: "staff",
    input: () => ({
      code: `H${randomUUID().slice(0, 8).toUpperCase()}`,
      labelNl: "x",
      labelFr: "x",
      labelEn: "x",
      labelDe: "x",
      sortOrder: 999,
    }),
    after: (c, _ctx, started) =>
      c.query(`UPDATE "ReturnReason" SET active = false WHERE "createdAt" >= $1`, [started]),
  },
  {
    file: "lib/staff/settings/actions.ts",
    name: "updateReasonAction",
    as: "staff",
    ids: ["reasonId"],
    free: ["labelNl"],
    input: (ctx) => ({
      reasonId: ctx.ownReasonId,
      labelNl: "x",
      labelFr: "x",
      labelEn: "x",
      labelDe: "x",
      sortOrder: 999,
      active: false,
    }),
  },
  {
    file: "lib/staff/settings/actions.ts",
    name: "updateCarrierRangeAction",
    as: "staff",
    free: ["name"],
    input: () => ({ carrier: "OWN_TRANSPORT", name: "x", prefix: "HOS", nextValue: 1, lastValue: 999 }),
    refused: () => [
      { carrier: "NOPE", name: "x", prefix: "HOS", nextValue: 1, lastValue: 999 },
      { carrier: "OWN_TRANSPORT", name: "x", prefix: "H-1", nextValue: 1, lastValue: 999 },
      { carrier: "OWN_TRANSPORT", name: "x", prefix: "HOS", nextValue: 1000, lastValue: 10 },
    ],
    after: (c) => c.query(`DELETE FROM "CarrierNumberRange" WHERE carrier = 'OWN_TRANSPORT'`),
  },
  {
    file: "lib/staff/settings/actions.ts",
    name: "updateSettingsAction",
    as: "staff",
    free: ["returnAddress"],
    input: (ctx) => ({ ...ctx.settings }),
    refused: (ctx) =>
      [
        "//evil.example/terms",
        "/\\evil.example",
        "javascript:alert(1)",
        "https://",
        "data:text/html,<script>alert(1)</script>",
      ].map((termsUrl) => ({ ...ctx.settings, termsUrl })),
    after: (c, ctx) =>
      c.query(
        `UPDATE "PortalSettings" SET "returnSurcharge" = $1, "termsUrl" = $2, "warrantyManualUrl" = $3, "returnAddress" = $4`,
        [
          ctx.settings.returnSurcharge,
          ctx.settings.termsUrl,
          ctx.settings.warrantyManualUrl,
          ctx.settings.returnAddress,
        ],
      ),
  },
  {
    file: "lib/staff/returns/actions.ts",
    name: "receiveLineAction",
    as: "staff",
    ids: ["rmaLineId"],
    input: () => ({ rmaLineId: next.receive!(), quantityReceived: 1, receivedAt: today() }),
  },
  {
    file: "lib/staff/returns/actions.ts",
    name: "rejectLineAction",
    as: "staff",
    ids: ["rmaLineId"],
    free: ["reason"],
    input: () => ({ rmaLineId: next.reject!(), reason: "Beschadigd", receivedAt: today() }),
  },
  {
    file: "lib/staff/returns/actions.ts",
    name: "closeRmaAction",
    as: "staff",
    ids: ["rmaId"],
    input: (ctx) => ({ rmaId: ctx.rma2 }),
  },
  {
    file: "lib/staff/returns/actions.ts",
    name: "attachCreditNoteAction",
    as: "staff",
    ids: ["rmaId"],
    input: (ctx) => ({
      rmaId: ctx.rma2,
      number: `MVF9${String(Date.now()).slice(-6)}`,
      amount: "10,00",
      invoiceDate: today(),
    }),
  },
  {
    file: "lib/staff/returns/actions.ts",
    name: "markInvoicedAction",
    as: "staff",
    ids: ["rmaId"],
    input: (ctx) => ({ rmaId: ctx.rma2 }),
  },
  {
    file: "lib/staff/warranty/actions.ts",
    name: "setClaimStatusAction",
    as: "staff",
    ids: ["claimId"],
    input: (ctx) => ({ claimId: ctx.claim.claimId, status: "IN_TREATMENT", reaction: "" }),
  },
  {
    file: "lib/staff/warranty/actions.ts",
    name: "addReactionAction",
    as: "staff",
    ids: ["claimId"],
    free: ["reaction"],
    input: (ctx) => ({ claimId: ctx.claim.claimId, reaction: "We kijken ernaar" }),
  },
  {
    file: "lib/staff/warranty/actions.ts",
    name: "setGoodsReceivedAction",
    as: "staff",
    ids: ["claimId"],
    input: (ctx) => ({ claimId: ctx.claim.claimId, goodsReceived: true }),
  },
  {
    file: "lib/staff/warranty/actions.ts",
    name: "attachClaimDocumentAction",
    as: "staff",
    ids: ["claimId"],
    input: (ctx) => ({ claimId: ctx.claim.claimId, kind: "OTHER" }),
  },
  {
    file: "lib/email/actions.ts",
    name: "retryOutboxMessageAction",
    as: "staff",
    ids: ["id"],
    input: () => ({ id: 2_000_000_000 }),
  },
  {
    file: "lib/erp/actions.ts",
    name: "createErpTokenAction",
    as: "staff",
    free: ["name"],
    input: () => ({ name: "Hostile ERP" }),
  },
  {
    file: "lib/erp/actions.ts",
    name: "revokeErpTokenAction",
    as: "staff",
    ids: ["id"],
    input: (ctx) => ({ id: ctx.tokenId }),
  },
  {
    file: "lib/erp/webhooks/actions.ts",
    name: "saveWebhookAction",
    as: "staff",
    ids: ["tokenId"],
    free: ["url"],
    // Note: an IP literal, so the production URL check needs no DNS; removed again after the case.
    input: (ctx) => ({ tokenId: ctx.tokenId, url: "https://93.184.215.14/hostile" }),
    refused: (ctx) => [
      { tokenId: ctx.tokenId, url: "https://10.0.0.1/" },
      { tokenId: ctx.tokenId, url: "http://example.com/" },
      { tokenId: ctx.tokenId, url: "https://[::ffff:127.0.0.1]/" },
    ],
    after: (c, ctx) => c.query(`DELETE FROM "WebhookEndpoint" WHERE "tokenId" = $1`, [ctx.tokenId]),
  },
  {
    file: "lib/erp/webhooks/actions.ts",
    name: "rotateWebhookSecretAction",
    as: "staff",
    ids: ["tokenId"],
    input: (ctx) => ({ tokenId: ctx.tokenId }),
  },
  {
    file: "lib/erp/webhooks/actions.ts",
    name: "redeliverWebhookAction",
    as: "staff",
    ids: ["tokenId", "eventId"],
    input: (ctx) => ({ tokenId: ctx.tokenId, eventId: 2_000_000_000 }),
  },
  {
    file: "lib/erp/actions.ts",
    name: "importCsvAction",
    as: "staff",
    free: ["text", "fileName"],
    input: () => ({
      entity: "customers",
      dryRun: true,
      fileName: "customers.csv",
      text: "erpNumber,name\nH1,Test\n",
    }),
  },
];
/** Actions without an input worth attacking; called with hostile arguments all the same. */
const RAW_CASES = [
  { file: "lib/auth/actions.ts", name: "chooseLanguage", as: "dealer" as const },
  { file: "lib/auth/actions.ts", name: "logOut", as: "anonymous" as const },
  { file: "lib/auth/account-actions.ts", name: "signOutEverywhere", as: "anonymous" as const },
];

const LOCALE_OF = { dealer: "fr", staff: "de", anonymous: "en" } as const satisfies Record<
  TCase["as"],
  TLocale
>;
const LOCALES = ["nl", "fr", "en", "de"] as const;
const flatten = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : value && typeof value === "object"
      ? Object.values(value).flatMap(flatten)
      : [];
const MESSAGES = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    new Set(
      readdirSync(`lib/i18n/messages/${l}`).flatMap((f) =>
        flatten(JSON.parse(readFileSync(`lib/i18n/messages/${l}/${f}`, "utf8"))),
      ),
    ),
  ]),
);
/** Texts of the other languages that this language doesn't share: seeing one means the answer is in the wrong language. */
const FOREIGN = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    new Set(
      LOCALES.filter((o) => o !== l)
        .flatMap((o) => [...MESSAGES[o]!])
        .filter((text) => !MESSAGES[l]!.has(text)),
    ),
  ]),
);
const KEY_LIKE = /^[a-z][\w]*(\.[\w]+)+$/;

// Every table a server action can write; the audit trail and outbox by count (the outbox drains in the background).
const FINGERPRINT_SQL = [
  "Customer",
  "User",
  "AuthToken",
  "DeliveredLine",
  "ReturnReason",
  "Rma",
  "RmaLine",
  "WarrantyClaim",
  "WarrantyEvent",
  "Document",
  "Invoice",
  "Payment",
  "OpenOrderLine",
  "ExpectedDateChange",
  "PortalSettings",
  "NumberSequence",
  "CarrierNumberRange",
  "ErpToken",
  "WebhookEndpoint",
]
  .map((t) => `(SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "${t}" t)`)
  .concat([`(SELECT count(*)::text FROM "AuditEntry")`, `(SELECT count(*)::text FROM "OutboxMessage")`])
  .join(" || '|' || ");

test.describe.configure({ timeout: 600_000 });

test("every server action answers hostile input with a translated refusal or a safe success, and a refusal changes nothing", async ({
  browser,
}) => {
  // Every action of the code base has a case here, so a new one can't be forgotten.
  const covered = new Set([...CASES, ...RAW_CASES].map((c) => `action ${c.file}#${c.name}`));
  expect(sourceActions().filter((key) => !covered.has(key))).toEqual([]);

  const ctx = await seedContext();
  const requests = {
    dealer: await signedIn(browser, ctx.dealer.email, ctx.dealer.password, "fr"),
    staff: await signedIn(browser, "staff@demo.test", undefined, "de"),
    anonymous: await signedIn(browser, null, undefined, "en"),
  };
  let sent = 0;
  const failures: string[] = [];

  await withDb(async (client) => {
    const fingerprint = async () =>
      (await client.query(`SELECT ${FINGERPRINT_SQL} AS f`)).rows[0].f as string;

    for (const c of CASES) {
      const started = new Date(Date.now() - 1000);
      const request = requests[c.as];
      const locale = LOCALE_OF[c.as];
      let known: string | null = null;
      const send = async (label: string, args: unknown[], mustRefuse = false) => {
        const before = known ?? (await fingerprint());
        const call = await callAction(
          request,
          { file: c.file, name: c.name },
          args,
          c.path ? { path: c.path } : {},
        );
        sent++;
        known = null;
        const where = `${c.name} ← ${label}`;
        const result = call.result as
          | { ok?: boolean; code?: string; message?: string; fieldErrors?: Record<string, string[]> }
          | undefined;
        if (call.status >= 500) return void failures.push(`${where}: HTTP ${call.status}`);
        if (mustRefuse && !(result?.ok === false && result.code === "VALIDATION"))
          failures.push(`${where}: not refused (${JSON.stringify(result)?.slice(0, 120)})`);
        if (result?.ok === false) {
          if (result.code === "INTERNAL") return void failures.push(`${where}: INTERNAL ${result.message}`);
          const texts = [result.message ?? "", ...Object.values(result.fieldErrors ?? {}).flat()];
          if (texts.some((t) => !t || KEY_LIKE.test(t) || FOREIGN[locale]!.has(t)))
            failures.push(`${where}: not in ${locale}: ${JSON.stringify(texts)}`);
          const after = await fingerprint();
          if (after !== before) failures.push(`${where}: refused but something changed`);
          known = after;
        }
      };
      const wrap = (input: unknown): unknown[] => {
        if (!c.form) return [input];
        const form = new FormData();
        form.set(c.form, JSON.stringify(input));
        return [form];
      };
      const valid = () => c.input(ctx);
      const stringFields = Object.keys(valid()).filter(
        (k) => typeof valid()[k] === "string" && !c.ids?.includes(k),
      );
      const otherFields = Object.keys(valid()).filter(
        (k) => typeof valid()[k] !== "string" && !c.ids?.includes(k) && !Array.isArray(valid()[k]),
      );

      // 1. The whole argument of the wrong shape.
      if (c.form) {
        for (const text of ["null", "{", "[]", '"x"', "1e309"]) {
          const form = new FormData();
          form.set(c.form, text);
          await send(`form ${text}`, [form]);
        }
        await send("no form", [null]);
      } else {
        for (const [label, args] of [
          ["no argument", []],
          ["null", [null]],
          ["a string", ["x"]],
          ["an array", [[valid()]]],
          ["operator object", [{ $gt: "" }]],
        ] as const) {
          await send(label, [...args]);
        }
      }
      // 2. Every hostile string in every text field at once.
      const unstorable = (name: string) =>
        ["NUL", "lone high surrogate", "lone low surrogate"].includes(name);
      for (const h of stringFields.length ? ALL_FIELDS_STRINGS : []) {
        const mustRefuse = unstorable(h.name) || h.name === "10,000 characters";
        await send(
          `all text fields = ${h.name}`,
          wrap({ ...valid(), ...Object.fromEntries(stringFields.map((f) => [f, h.value])) }),
          mustRefuse,
        );
      }
      // 3. Wrong types in every text field at once; wrong numbers and flags one field at a time.
      for (const value of STRING_WRONG_VALUES) {
        if (stringFields.length)
          await send(
            `all text fields = ${JSON.stringify(value)}`,
            wrap({ ...valid(), ...Object.fromEntries(stringFields.map((f) => [f, value])) }),
          );
      }
      for (const field of otherFields)
        for (const value of NUMBER_VALUES)
          await send(`${field} = ${JSON.stringify(value)}`, wrap({ ...valid(), [field]: value }));
      // 4. Ids that can't name a row.
      for (const field of c.ids ?? [])
        for (const value of SAFE_ID_VALUES)
          await send(`${field} = ${JSON.stringify(value)}`, wrap({ ...valid(), [field]: value }));
      // 5. Free text, one field at a time: these reach the database.
      for (const field of c.free ?? [])
        for (const h of HOSTILE_STRINGS)
          await send(`${field} = ${h.name}`, wrap({ ...valid(), [field]: h.value }), unstorable(h.name));
      for (const [i, input] of (c.extra?.(ctx) ?? []).entries()) await send(`extra #${i}`, wrap(input));
      for (const [i, input] of (c.refused?.(ctx) ?? []).entries())
        await send(`must refuse #${i}`, wrap(input), true);
      await c.after?.(client, ctx, started);
    }

    // Actions without a form: hostile arguments change nothing and break nothing.
    for (const c of RAW_CASES) {
      for (const h of [...HOSTILE_STRINGS.map((s) => s.value), ...WRONG_TYPES.map((w) => w.value), null]) {
        const before = await fingerprint();
        const call = await callAction(requests[c.as], { file: c.file, name: c.name }, [h]);
        sent++;
        if (call.status >= 500)
          failures.push(`${c.name} ← ${JSON.stringify(h).slice(0, 40)}: HTTP ${call.status}`);
        if ((await fingerprint()) !== before)
          failures.push(`${c.name} ← ${JSON.stringify(h).slice(0, 40)}: something changed`);
      }
    }
  });
  console.log(`hostile server-action calls: ${sent} over ${CASES.length + RAW_CASES.length} actions`);
  expect(failures).toEqual([]);
});

async function signedIn(
  browser: Browser,
  email: string | null,
  password: string | undefined,
  locale: TLocale,
): Promise<APIRequestContext> {
  const baseURL = test.info().project.use.baseURL!;
  const context = await browser.newContext({ baseURL });
  if (email) await signInAs(await context.newPage(), email, password);
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  return context.request;
}

/** A company of our own with lines, an RMA, a claim and an open order line, so no other spec's data is touched. */
async function seedContext(): Promise<TCtx> {
  const dealer = await seedDealer({ language: "fr" });
  const rma = await seedOpenRma(
    dealer.customerId,
    dealer.userId,
    Array.from({ length: 40 }, () => ({ delivered: 2, expected: 1 })),
  );
  const rma2 = await seedOpenRma(dealer.customerId, dealer.userId, [{ delivered: 2, expected: 1 }]);
  const claim = await seedClaim(dealer.customerId, dealer.userId);
  const ctx = await withDb(async (client) => {
    const article = `WG8${String(Date.now()).slice(-6)}`;
    const lines = await client.query(
      `INSERT INTO "DeliveredLine" ("customerId", "erpKey", "salesOrderNumber", "articleNumber", "articleName", "netUnitPrice", "quantityOrdered", "quantityDelivered", "deliveryDate", "updatedAt")
       SELECT $1, 'hostile-' || $2 || '-' || g, 'MVO8' || lpad(g::text, 6, '0'), $2, 'Hostile turbo', 100, 50, 50, current_date - 5, now() FROM generate_series(1, 30) g RETURNING id`,
      [dealer.customerId, article],
    );
    const open = await client.query(
      `INSERT INTO "OpenOrderLine" ("customerId", "erpKey", "salesOrderNumber", "orderDate", "articleNumber", "deliverArticleNumber", "articleName", "quantityOrdered", "updatedAt")
       VALUES ($1, 'hostile-open-' || $2, 'VVO8000001', current_date - 5, $2, $2, 'Hostile turbo', 3, now()) RETURNING id`,
      [dealer.customerId, article],
    );
    const rmaLines = (
      await client.query(`SELECT id FROM "RmaLine" WHERE "rmaId" = $1 ORDER BY id`, [rma.rmaId])
    ).rows.map((r) => r.id as number);
    const reason = await client.query(
      `SELECT id FROM "ReturnReason" WHERE active ORDER BY "sortOrder" LIMIT 1`,
    );
    const own = await client.query(
      `INSERT INTO "ReturnReason" (code, "labelNl", "labelFr", "labelEn", "labelDe", active, "sortOrder", "updatedAt") VALUES ($1, 'x', 'x', 'x', 'x', false, 999, now()) RETURNING id`,
      [`HOSTILE${Date.now()}`],
    );
    await client.query(`UPDATE "User" SET "companyAdmin" = true WHERE id = $1`, [dealer.userId]);
    const second = await client.query(
      `INSERT INTO "User" ("customerId", email, name, role, language, "updatedAt") VALUES ($1, $2, 'Second', 'DEALER', 'fr', now()) RETURNING id`,
      [dealer.customerId, `second-${randomUUID().slice(0, 8)}@hostile.test`],
    );
    const token = await client.query(
      `INSERT INTO "ErpToken" (name, "tokenHash") VALUES ('hostile', $1) RETURNING id`,
      [randomUUID()],
    );
    const s = (
      await client.query(
        `SELECT "returnSurcharge"::text, "termsUrl", "warrantyManualUrl", "returnAddress" FROM "PortalSettings" LIMIT 1`,
      )
    ).rows[0];
    return {
      lineIds: lines.rows.map((r) => r.id as number),
      openLineId: open.rows[0].id as number,
      article,
      rmaLines,
      reasonId: reason.rows[0].id as number,
      ownReasonId: own.rows[0].id as number,
      secondUserId: second.rows[0].id as number,
      tokenId: token.rows[0].id as number,
      settings: {
        returnSurcharge: s.returnSurcharge,
        termsUrl: s.termsUrl,
        warrantyManualUrl: s.warrantyManualUrl,
        returnAddress: s.returnAddress,
      },
    };
  });
  next = {
    line: rotate(ctx.lineIds),
    receive: rotate(ctx.rmaLines.slice(0, 15)),
    reject: rotate(ctx.rmaLines.slice(15)),
  };
  return { ...ctx, dealer, rma2: rma2.rmaId, claim, rejectLines: ctx.rmaLines.slice(15) };
}
