import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs, translated } from "@/lib/actions/test-request";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { blockingRenderer, takeNumberWithin } from "@/lib/numbers/test-counter-probe";
import { submitReturnRequestAction } from "./actions";
import { submitReturnRequest } from "./submit-return-request";
import { requestFor, seedCompany, seedLine, seedReturnReasons } from "./test-fixtures";

vi.mock("@/lib/auth/config", () => import("@/lib/actions/test-request").then((m) => m.authConfigMock));
vi.mock("next/headers", () => import("@/lib/actions/test-request").then((m) => m.nextHeadersMock));
vi.mock("next/cache", () => import("@/lib/actions/test-request").then((m) => m.nextCacheMock));
vi.mock("next/server", () => import("@/lib/actions/test-request").then((m) => m.nextServerMock));
vi.mock("next-intl/server", () => import("@/lib/actions/test-request").then((m) => m.nextIntlServerMock));

let reasons: Awaited<ReturnType<typeof seedReturnReasons>>;
beforeAll(async () => {
  reasons = await seedReturnReasons();
});

async function snapshot(customerId: number) {
  const [rmas, lines, audit, outbox] = await Promise.all([
    db.rma.count({ where: { customerId } }),
    db.deliveredLine.findMany({
      where: { customerId },
      select: { id: true, quantityInRequest: true },
      orderBy: { id: "asc" },
    }),
    db.auditEntry.count({ where: { customerId } }),
    db.outboxMessage.count(),
  ]);
  return { rmas, lines, audit, outbox };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("submitReturnRequest", () => {
  it("creates one RMA with EXPECTED lines, updates the counters, audits and mails the user and the copy address", async () => {
    const { tenant, user } = await seedCompany();
    const a = await seedLine(tenant.customerId, { delivered: 5, returned: 1 });
    const b = await seedLine(tenant.customerId, { delivered: 2 });
    const result = await submitReturnRequest(
      tenant,
      requestFor(
        [
          { id: a.id, quantity: 3, reasonId: reasons.defect.id },
          { id: b.id, quantity: 1, reasonId: reasons.wrongOrdered.id },
        ],
        {
          reference: "WB-1234",
          remarks: "Doos beschadigd",
          copyEmail: "copy@garage.test",
        },
      ),
    );
    expect(result.created).toBe(true);
    expect(result.rmaNumber).toMatch(
      new RegExp(`^IRM${String(new Date().getUTCFullYear() % 100).padStart(2, "0")}\\d{5}$`),
    );
    const rma = await db.rma.findUniqueOrThrow({
      where: { number: result.rmaNumber },
      include: { lines: { orderBy: { deliveredLineId: "asc" } } },
    });
    expect(rma).toMatchObject({
      customerId: tenant.customerId,
      createdById: user.id,
      status: "OPEN",
      reference: "WB-1234",
      remarks: "Doos beschadigd",
      copyEmail: "copy@garage.test",
    });
    expect(rma.surcharge.toString()).toBe("2.5");
    expect(rma.lines.map((l) => [l.deliveredLineId, l.quantityExpected, l.reasonId, l.status])).toEqual([
      [a.id, 3, reasons.defect.id, "EXPECTED"],
      [b.id, 1, reasons.wrongOrdered.id, "EXPECTED"],
    ]);
    const after = await db.deliveredLine.findMany({
      where: { id: { in: [a.id, b.id] } },
      orderBy: { id: "asc" },
    });
    expect(after.map((l) => l.quantityInRequest)).toEqual([3, 1]);
    expect(
      await db.auditEntry.count({
        where: { customerId: tenant.customerId, action: "rma.create", objectId: rma.number },
      }),
    ).toBe(1);
    const mails = await db.outboxMessage.findMany({ where: { template: "rma-confirmation" } });
    const mail = mails.find((m) => m.to.includes(user.email));
    expect(mail?.to).toEqual([user.email, "copy@garage.test"]);
  });

  it("holds the RMA number's counter row only for the inserts: another transaction takes a number while the mail renders", async () => {
    const { tenant, user } = await seedCompany();
    const line = await seedLine(tenant.customerId, { delivered: 5 });
    const blocked = blockingRenderer();
    const submission = submitReturnRequest(
      tenant,
      requestFor([{ id: line.id, quantity: 1, reasonId: reasons.defect.id }]),
      [],
      undefined,
      blocked.render,
    );
    await blocked.rendering;
    const probe = await takeNumberWithin("RMA", 5_000);
    blocked.release();
    const { rmaNumber } = await submission;
    expect(probe).toBe("taken");
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { template: "rma-confirmation", to: { has: user.email } },
      orderBy: { id: "desc" },
    });
    expect(mail.subject).toContain(rmaNumber);
    expect(mail.text).toContain(rmaNumber);
    expect(mail.html).toContain(`/returns/${rmaNumber}/form.pdf`);
    for (const part of [mail.subject, mail.html, mail.text]) expect(part).not.toContain("IRMXXX");
  });

  it("creates one RMA when the same submission arrives twice", async () => {
    const { tenant } = await seedCompany();
    const line = await seedLine(tenant.customerId, { delivered: 5 });
    const input = requestFor([{ id: line.id, quantity: 2, reasonId: reasons.defect.id }]);
    const first = await submitReturnRequest(tenant, input);
    const second = await submitReturnRequest(tenant, input);
    expect(second).toEqual({ rmaNumber: first.rmaNumber, created: false });
    expect(await db.rma.count({ where: { customerId: tenant.customerId } })).toBe(1);
    expect((await db.deliveredLine.findUniqueOrThrow({ where: { id: line.id } })).quantityInRequest).toBe(2);
  });

  it("answers the duplicate of a concurrent submission with the same RMA", async () => {
    const { tenant } = await seedCompany();
    const line = await seedLine(tenant.customerId, { delivered: 5 });
    const input = requestFor([{ id: line.id, quantity: 1, reasonId: reasons.defect.id }]);
    const results = await Promise.all([
      submitReturnRequest(tenant, input),
      submitReturnRequest(tenant, input),
      submitReturnRequest(tenant, input),
    ]);
    expect(new Set(results.map((r) => r.rmaNumber)).size).toBe(1);
    expect(await db.rma.count({ where: { customerId: tenant.customerId } })).toBe(1);
    expect((await db.deliveredLine.findUniqueOrThrow({ where: { id: line.id } })).quantityInRequest).toBe(1);
  });
});

describe("submitReturnRequestAction refuses bad input and changes nothing", () => {
  const cases: Array<
    [
      string,
      (ids: { line: number; special: number; foreign: number }) => Record<string, unknown>,
      string,
      string?,
    ]
  > = [
    [
      "quantity 0",
      (i) => requestFor([{ id: i.line, quantity: 0, reasonId: 0 }]),
      "VALIDATION",
      "lines.0.quantity",
    ],
    [
      "a negative quantity",
      (i) => requestFor([{ id: i.line, quantity: -2, reasonId: 0 }]),
      "VALIDATION",
      "lines.0.quantity",
    ],
    [
      "a quantity above what is left",
      (i) => requestFor([{ id: i.line, quantity: 4, reasonId: 0 }]),
      "CONFLICT",
    ],
    [
      "a non-integer quantity",
      (i) => requestFor([{ id: i.line, quantity: 1.5, reasonId: 0 }]),
      "VALIDATION",
      "lines.0.quantity",
    ],
    [
      "another dealer's line",
      (i) =>
        requestFor([
          { id: i.line, reasonId: 0 },
          { id: i.foreign, reasonId: 0 },
        ]),
      "NOT_FOUND",
    ],
    ["an unknown line", () => requestFor([{ id: 2_000_000_000, reasonId: 0 }]), "NOT_FOUND"],
    [
      "a special-order line",
      (i) =>
        requestFor([
          { id: i.line, reasonId: 0 },
          { id: i.special, reasonId: 0 },
        ]),
      "CONFLICT",
    ],
    [
      "a missing reason",
      (i) => ({
        ...requestFor([{ id: i.line, reasonId: 0 }]),
        lines: [{ deliveredLineId: i.line, quantity: 1 }],
      }),
      "VALIDATION",
      "lines.0.reasonId",
    ],
    [
      "an inactive reason",
      (i) => requestFor([{ id: i.line, reasonId: -1 }]),
      "VALIDATION",
      "lines.0.reasonId",
    ],
    [
      "terms not accepted",
      (i) => ({ ...requestFor([{ id: i.line, reasonId: 0 }]), acceptTerms: false }),
      "VALIDATION",
      "acceptTerms",
    ],
    [
      "a 10,000-character remark",
      (i) => requestFor([{ id: i.line, reasonId: 0 }], { remarks: "x".repeat(10_000) }),
      "VALIDATION",
      "remarks",
    ],
    [
      "a 51-character reference",
      (i) => requestFor([{ id: i.line, reasonId: 0 }], { reference: "r".repeat(51) }),
      "VALIDATION",
      "reference",
    ],
    [
      "an invalid copy address",
      (i) => requestFor([{ id: i.line, reasonId: 0 }], { copyEmail: "not-an-address" }),
      "VALIDATION",
      "copyEmail",
    ],
    ["no lines", () => requestFor([]), "VALIDATION", "lines"],
    [
      "the same line twice",
      (i) =>
        requestFor([
          { id: i.line, reasonId: 0 },
          { id: i.line, reasonId: 0 },
        ]),
      "VALIDATION",
      "lines",
    ],
  ];

  for (const [name, build, code, field] of cases) {
    it(`refuses ${name}`, async () => {
      const { tenant } = await seedCompany();
      const other = await seedCompany();
      const line = await seedLine(tenant.customerId, { delivered: 5, returned: 1, inRequest: 1 });
      const special = await seedLine(tenant.customerId, { delivered: 2, specialOrder: true });
      const foreign = await seedLine(other.customer.id, { delivered: 5 });
      const input = build({ line: line.id, special: special.id, foreign: foreign.id }) as {
        lines: Array<{ reasonId?: number }>;
      };
      for (const l of input.lines) if (l.reasonId === 0) l.reasonId = reasons.defect.id;
      for (const l of input.lines) if (l.reasonId === -1) l.reasonId = reasons.inactive.id;
      const before = await snapshot(tenant.customerId);
      const foreignBefore = await snapshot(other.customer.id);
      await actAs(tenant.userId);
      const result = await submitReturnRequestAction(input);
      expect(result).toMatchObject({ ok: false, code });
      const fieldErrors = result.ok ? {} : (result.fieldErrors ?? {});
      if (field) expect(Object.keys(fieldErrors)).toContain(field);
      for (const messages of Object.values(fieldErrors))
        for (const m of messages) expect(m).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$/);
      const message = result.ok ? "" : result.message;
      if (name.startsWith("a quantity above"))
        expect(message).toBe(
          await translated("returns.onlyNLeft", { remaining: 3, article: line.articleNumber }),
        );
      if (name.startsWith("a special"))
        expect(message).toBe(
          await translated("returns.specialOrderNotReturnable", { article: special.articleNumber }),
        );
      expect(await snapshot(tenant.customerId)).toEqual(before);
      expect(await snapshot(other.customer.id)).toEqual(foreignBefore);
    });
  }

  it("accepts a special-order line when the company may return them", async () => {
    const { tenant } = await seedCompany({ specialOrderReturnsAllowed: true });
    const special = await seedLine(tenant.customerId, { delivered: 2, specialOrder: true });
    const result = await submitReturnRequest(
      tenant,
      requestFor([{ id: special.id, reasonId: reasons.defect.id }]),
    );
    expect(result.created).toBe(true);
  });

  it("refuses a line delivered more than 12 months ago", async () => {
    const { tenant } = await seedCompany();
    const old = await seedLine(tenant.customerId, { delivered: 2, daysAgo: 400 });
    const error = await rejection(
      submitReturnRequest(tenant, requestFor([{ id: old.id, reasonId: reasons.defect.id }])),
    );
    expect(error.messageKey).toBe("returns.lineTooOld");
  });
});

describe("remaining-to-return under concurrent submissions", () => {
  // Real parallel transactions need PostgreSQL; PGlite is one connection, so there the same
  // 20 requests run one after the other and must give the same outcome.
  const parallel = Boolean(process.env.DATABASE_URL);

  it(`lets exactly 5 of 20 ${parallel ? "simultaneous" : "sequential"} one-unit requests through for a line with 5 left`, async () => {
    const { tenant } = await seedCompany();
    const line = await seedLine(tenant.customerId, { delivered: 8, returned: 2, inRequest: 1 });
    const rmasBefore = await db.rma.count({ where: { customerId: tenant.customerId } });
    const submit = () =>
      submitReturnRequest(
        tenant,
        requestFor([{ id: line.id, quantity: 1, reasonId: reasons.defect.id }], {
          idempotencyKey: randomUUID(),
        }),
      );
    let outcomes: PromiseSettledResult<unknown>[];
    if (parallel) {
      outcomes = await Promise.allSettled(Array.from({ length: 20 }, submit));
    } else {
      outcomes = [];
      for (let i = 0; i < 20; i++) outcomes.push(...(await Promise.allSettled([submit()])));
    }
    const succeeded = outcomes.filter((o) => o.status === "fulfilled");
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(succeeded).toHaveLength(5);
    expect(failed).toHaveLength(15);
    for (const f of failed)
      expect(f.reason).toMatchObject({
        code: "CONFLICT",
        messageKey: "returns.onlyNLeft",
        values: { remaining: 0 },
      });
    const after = await db.deliveredLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(after.quantityDelivered - after.quantityReturned - after.quantityInRequest).toBe(0);
    expect(after.quantityRemaining).toBe(0);
    expect(await db.rma.count({ where: { customerId: tenant.customerId } })).toBe(rmasBefore + 5);
  });
});
