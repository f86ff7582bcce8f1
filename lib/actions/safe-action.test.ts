import { beforeAll, describe, expect, it, vi } from "vitest";
import { chooseLanguage } from "@/lib/auth/actions";
import { db } from "@/lib/db/client";
import { submitReturnRequestAction } from "@/lib/returns/actions";
import { requestFor, seedLine, seedReturnReasons } from "@/lib/returns/test-fixtures";
import { createCustomerAction } from "@/lib/staff/customers/actions";
import { createStaffAndDealer } from "@/lib/staff/test-fixtures";
import { submitWarrantyClaimAction } from "@/lib/warranty/actions";
import { validClaimForm } from "@/lib/warranty/test-helpers";
import { actAs, translated } from "./test-request";

vi.mock("@/lib/auth/config", () => import("@/lib/actions/test-request").then((m) => m.authConfigMock));
vi.mock("next/headers", () => import("@/lib/actions/test-request").then((m) => m.nextHeadersMock));
vi.mock("next/cache", () => import("@/lib/actions/test-request").then((m) => m.nextCacheMock));
vi.mock("next/server", () => import("@/lib/actions/test-request").then((m) => m.nextServerMock));
vi.mock("next-intl/server", () => import("@/lib/actions/test-request").then((m) => m.nextIntlServerMock));
vi.mock("next-auth", () => import("@/lib/actions/test-request").then((m) => m.nextAuthMock));

// The action builders (lib/actions/safe-action.ts) called as a signed-in dealer, staff member or
// visitor: the role is checked before the input, the tenant comes from the session, answers are
// translated, and a form's FormData is parsed once into the domain's input.
let people: Awaited<ReturnType<typeof createStaffAndDealer>>;
let reasonId: number;
const counts = async () => ({
  customers: await db.customer.count(),
  rmas: await db.rma.count(),
  audit: await db.auditEntry.count(),
});

beforeAll(async () => {
  people = await createStaffAndDealer();
  reasonId = (await seedReturnReasons()).defect.id;
});

describe("the role is checked before the input", () => {
  it("a dealer calling a staff action gets NOT_FOUND, never the action's field errors, and nothing changes", async () => {
    await actAs(people.dealerUser.id, "fr");
    const before = await counts();
    for (const input of [
      { erpNumber: "", name: "", language: "xx" },
      null,
      "x",
      { erpNumber: "D1", name: "Dealer made", language: "nl" },
    ]) {
      const result = await createCustomerAction(input);
      expect(result).toEqual({ ok: false, code: "NOT_FOUND", message: await translated("errors.notFound") });
    }
    expect(await counts()).toEqual(before);
  });

  it("staff calling a dealer action get NOT_FOUND, never its field errors, and nothing changes", async () => {
    await actAs(people.staffUser.id);
    const before = await counts();
    const line = await seedLine(people.customer.id, { delivered: 3 });
    for (const input of [{ lines: "nope" }, requestFor([{ id: line.id, reasonId }])]) {
      const result = await submitReturnRequestAction(input);
      expect(result).toEqual({ ok: false, code: "NOT_FOUND", message: await translated("errors.notFound") });
    }
    expect(await counts()).toEqual(before);
  });

  it("a visitor without a session is sent to the login page, input unread", async () => {
    await actAs(null);
    const error = await createCustomerAction({ erpNumber: "" }).catch((e: unknown) => e);
    expect((error as { digest?: string }).digest).toMatch(
      /^NEXT_REDIRECT;replace;\/login\?callbackUrl=%2Ftest-page;/,
    );
  });
});

describe("with the right role", () => {
  it("answers invalid input with field errors in the caller's language", async () => {
    await actAs(people.staffUser.id, "de");
    const result = await createCustomerAction({ erpNumber: "N 1", name: "", language: "nl" });
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      message: await translated("errors.validation"),
      fieldErrors: {
        erpNumber: [await translated("staff.customers.erpNumberFormat")],
        name: [await translated("errors.required")],
      },
    });
  });

  it("refuses text PostgreSQL cannot store before the schema runs", async () => {
    await actAs(people.staffUser.id);
    const result = await createCustomerAction({ erpNumber: "N1", name: "Nul\u0000BV", language: "nl" });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: [await translated("errors.invalidCharacters")] },
    });
  });

  it("takes the tenant from the session: a customerId in the input is ignored", async () => {
    const other = await createStaffAndDealer();
    await actAs(people.dealerUser.id);
    const line = await seedLine(people.customer.id, { delivered: 3 });
    const result = await submitReturnRequestAction({
      ...requestFor([{ id: line.id, reasonId }]),
      customerId: other.customer.id,
      userId: other.dealerUser.id,
    });
    expect(result.ok).toBe(true);
    const rma = await db.rma.findUniqueOrThrow({ where: { number: result.ok ? result.data.rmaNumber : "" } });
    expect(rma).toMatchObject({ customerId: people.customer.id, createdById: people.dealerUser.id });
  });

  it("answers an expected failure of the domain translated", async () => {
    await actAs(people.dealerUser.id);
    const line = await seedLine(people.customer.id, { delivered: 1 });
    const result = await submitReturnRequestAction(requestFor([{ id: line.id, quantity: 2, reasonId }]));
    expect(result).toEqual({
      ok: false,
      code: "CONFLICT",
      message: await translated("returns.onlyNLeft", { article: line.articleNumber, remaining: 1 }),
    });
  });
});

describe("a FormData action (the warranty claim)", () => {
  const form = (claim: unknown, files: File[] = []) => {
    const data = new FormData();
    data.set("claim", typeof claim === "string" ? claim : JSON.stringify(claim));
    for (const file of files) data.append("files", file);
    return data;
  };

  it("parses the form once into the claim and its files", async () => {
    await actAs(people.dealerUser.id);
    const png = new File([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")], "turbo.png", {
      type: "image/png",
    });
    const result = await submitWarrantyClaimAction(
      form(validClaimForm({ quantity: "2" }), [png, new File([], "")]),
    );
    expect(result.ok).toBe(true);
    const claim = await db.warrantyClaim.findUniqueOrThrow({
      where: { number: result.ok ? result.data.number : "" },
      include: { documents: true },
    });
    expect(claim).toMatchObject({ customerId: people.customer.id, quantity: 2, vehicleYear: 2016 });
    expect(claim.documents.map((d) => d.fileName)).toEqual(["turbo.png"]);
  });

  it("answers field errors under the fields' own names, and an unreadable form as a whole", async () => {
    await actAs(people.dealerUser.id);
    const invalid = await submitWarrantyClaimAction(form(validClaimForm({ complaint: " ", vin: "\uD800" })));
    expect(invalid).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { vin: [await translated("errors.invalidCharacters")] },
    });
    const missing = await submitWarrantyClaimAction(form(validClaimForm({ complaint: " " })));
    expect(missing).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { complaint: [await translated("errors.required")] },
    });
    for (const broken of [form("{"), form("[]"), null]) {
      expect(await submitWarrantyClaimAction(broken)).toEqual({
        ok: false,
        code: "VALIDATION",
        message: await translated("errors.validation"),
        fieldErrors: { _form: [await translated("errors.validation")] },
      });
    }
  });
});

describe("chooseLanguage (no session needed)", () => {
  it("remembers the language on the signed-in user; an unknown language changes nothing", async () => {
    await actAs(people.dealerUser.id);
    expect(await chooseLanguage("de")).toEqual({ ok: true, data: { locale: "de" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: people.dealerUser.id } })).language).toBe("de");
    expect(await chooseLanguage("xx")).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await db.user.findUniqueOrThrow({ where: { id: people.dealerUser.id } })).language).toBe("de");
    await actAs(null);
    expect(await chooseLanguage("fr")).toEqual({ ok: true, data: { locale: "fr" } });
  });
});
