import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCustomers, POST as postCustomers } from "@/app/api/erp/v1/customers/route";
import { GET as getDeliveredLines, POST as postDeliveredLines } from "@/app/api/erp/v1/delivered-lines/route";
import { POST as postDocuments } from "@/app/api/erp/v1/documents/route";
import { GET as getInvoices, POST as postInvoices } from "@/app/api/erp/v1/invoices/route";
import { GET as getPayments, POST as postPayments } from "@/app/api/erp/v1/payments/route";
import { POST as postRmaReceipts } from "@/app/api/erp/v1/rmas/[number]/receipts/route";
import { GET as getRmas } from "@/app/api/erp/v1/rmas/route";
import { addDays, todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { checkInvariants } from "@/lib/db/invariants";
import { parseGridState } from "@/lib/grid/params";
import { loadMessages } from "@/lib/i18n/messages";
import type { TTranslate } from "@/lib/i18n/translate";
import { statusColumns } from "@/lib/returns/columns";
import { DEFAULT_STATUS_SORT } from "@/lib/returns/grid-links";
import { getReturnStatus } from "@/lib/returns/status-query";
import { submitReturnRequest } from "@/lib/returns/submit-return-request";
import { requestFor, seedReturnReasons } from "@/lib/returns/test-fixtures";
import { createErpToken } from "./tokens";
import { drainWebhooks } from "./webhooks/deliver";
import { saveWebhookEndpoint } from "./webhooks/endpoints";

// A day of an ERP, end to end through the real route handlers: it posts customers, delivered
// lines, invoices, payments and a PDF; a dealer returns goods; the ERP reads the RMA from the
// feed and from its webhook (a real HTTP receiver that checks the signature), writes the receipt
// back, posts the credit note for the RMA; the dealer sees the return invoiced and the webhook says
// so; the ERP reconciles by read-back; the database's invariants hold throughout.
const BASE = "http://portal.test/api/erp/v1";
const tag = String(Date.now() % 1_000_000).padStart(6, "0"); // six digits: unique numbers per run
const CUSTOMER = `D${tag}`;
let token: string;
let tokenId: number;

// The ERP's webhook receiver: keeps what arrives, answers 200.
type TReceived = { headers: IncomingHttpHeaders; body: string };
const received: TReceived[] = [];
const receiver = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk: Buffer) => {
    body += chunk.toString("utf8");
  });
  request.on("end", () => {
    received.push({ headers: request.headers, body });
    response.end("ok");
  });
});
/** The webhooks received for an RMA, each checked as docs/erp-api.md tells a receiver to. */
function webhooksFor(rmaNumber: string, secret: string) {
  return received
    .map((r) => {
      const timestamp = r.headers["webhook-timestamp"] as string;
      const signature = createHmac("sha256", secret).update(`${timestamp}.${r.body}`).digest("hex");
      expect(r.headers["webhook-signature"], "signed with the endpoint's secret").toBe(`v1=${signature}`);
      return JSON.parse(r.body) as { type: string; number: string; data: { status: string } };
    })
    .filter((event) => event.number === rmaNumber);
}

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function erp(handler: THandler, path: string, body?: unknown, params: Record<string, string> = {}) {
  const response = await handler(
    new Request(`${BASE}${path}`, {
      method: body === undefined ? "GET" : "POST",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    }),
    { params: Promise.resolve(params) },
  );
  const json = await response.json();
  expect(response.status, `${path}: ${JSON.stringify(json)}`).toBe(200);
  return json;
}
const post = (handler: unknown, path: string, rows: unknown[]) =>
  erp(handler as THandler, path, { rows }).then((answer) => {
    expect(answer.rejected, path).toEqual([]);
    return answer;
  });
const cents = (amounts: string[]) => amounts.reduce((sum, a) => sum + Math.round(Number(a) * 100), 0);
const money = (c: number) => (c / 100).toFixed(2);

const deliveredOn = addDays(todayIso(), -12);
const CUSTOMERS = [
  { erpNumber: CUSTOMER, name: "Garage De Dag", language: "nl", email: `dag-${tag}@test.test` },
];
const DELIVERED = [1, 2, 3].map((i) => ({
  erpKey: `${CUSTOMER}-MVO-${i}`,
  customerNumber: CUSTOMER,
  salesOrderNumber: `MVO${tag}${i}`,
  articleNumber: `WG180000${i}`,
  articleName: "Turbolader",
  netUnitPrice: "370.00",
  quantityOrdered: 4,
  quantityDelivered: i + 1,
  deliveryDate: deliveredOn,
}));
const INVOICES = [
  { number: `MVF${tag}1`, amount: "971.63" },
  { number: `MVF${tag}2`, amount: "1165.00" },
].map((i) => ({
  ...i,
  customerNumber: CUSTOMER,
  kind: "INVOICE",
  invoiceDate: deliveredOn,
  dueDate: todayIso(),
}));
const PAYMENTS = [
  { erpKey: `${CUSTOMER}-PAY-1`, invoiceNumber: INVOICES[0]!.number, amount: "500.00", paidOn: todayIso() },
  { erpKey: `${CUSTOMER}-PAY-2`, invoiceNumber: INVOICES[0]!.number, amount: "471.63", paidOn: todayIso() },
];
const PDF = Buffer.from("%PDF-1.4\n% invoice\n").toString("base64");

beforeAll(async () => {
  ({ token, id: tokenId } = await createErpToken(db, "ERP de dag"));
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

describe("a day of an ERP", () => {
  it("posts, sees a return, receives it, credits it, and reconciles to the cent", async () => {
    // Staff register the ERP's webhook (the URL and its signing secret, shown once).
    const staff = await db.user.create({
      data: { email: `staff-${tag}@test.test`, name: "Sanne Staf", role: "STAFF" },
    });
    const { port } = receiver.address() as AddressInfo;
    const { secret } = await saveWebhookEndpoint(
      { userId: staff.id },
      tokenId,
      `http://127.0.0.1:${port}/erp-hook`,
    );

    // Morning: the data of record.
    await post(postCustomers, "/customers", CUSTOMERS);
    await post(postDeliveredLines, "/delivered-lines", DELIVERED);
    await post(postInvoices, "/invoices", INVOICES);
    await post(postPayments, "/payments", PAYMENTS);
    await post(postDocuments, "/documents", [
      { invoiceNumber: INVOICES[1]!.number, fileName: `${INVOICES[1]!.number}.pdf`, contentBase64: PDF },
    ]);

    // A dealer of that customer returns two of the delivered lines.
    const customer = await db.customer.findUniqueOrThrow({ where: { erpNumber: CUSTOMER } });
    const dealer = await db.user.create({
      data: { email: `dealer-${tag}@test.test`, name: "Dirk Dag", customerId: customer.id, language: "nl" },
    });
    const reasons = await seedReturnReasons();
    const lines = await db.deliveredLine.findMany({
      where: { customerId: customer.id },
      orderBy: { erpKey: "asc" },
    });
    const { rmaNumber } = await submitReturnRequest(
      { userId: dealer.id, customerId: customer.id },
      requestFor([
        { id: lines[0]!.id, quantity: 2, reasonId: reasons.defect.id },
        { id: lines[1]!.id, quantity: 1, reasonId: reasons.defect.id },
      ]),
    );

    // The webhook tells the ERP at once (the portal's drain posts it)…
    await drainWebhooks();
    expect(webhooksFor(rmaNumber, secret!).map((e) => [e.type, e.data.status])).toEqual([
      ["rma.created", "OPEN"],
    ]);

    // …and the ERP reads the RMA feed, where it finds the return with its line ids.
    let cursor: string | undefined;
    let rma:
      | { number: string; status: string; lines: { id: number; deliveredLineErpKey: string }[] }
      | undefined;
    for (let page = 0; page < 50 && !rma; page++) {
      const feed = await erp(getRmas as THandler, `/rmas?limit=500${cursor ? `&since=${cursor}` : ""}`);
      rma = feed.items.find((r: { number: string }) => r.number === rmaNumber);
      if (feed.nextCursor === cursor) break;
      cursor = feed.nextCursor;
    }
    expect(rma, "the new RMA in the feed").toBeDefined();
    expect(rma!.lines.map((l) => l.deliveredLineErpKey)).toEqual([
      DELIVERED[0]!.erpKey,
      DELIVERED[1]!.erpKey,
    ]);
    const [first, second] = rma!.lines as unknown as [{ id: number }, { id: number }];

    // The goods arrive: the warehouse accepts the first line, rejects the second; written back.
    const receipt = await erp(
      postRmaReceipts as THandler,
      `/rmas/${rmaNumber}/receipts`,
      {
        lines: [
          { id: first.id, status: "RECEIVED", quantityReceived: 2, receivedAt: todayIso() },
          { id: second.id, status: "REJECTED", reason: "Gebruikt gemonteerd", receivedAt: todayIso() },
        ],
      },
      { number: rmaNumber },
    );
    expect(receipt.lines.map((l: { status: string }) => l.status)).toEqual(["RECEIVED", "REJECTED"]);

    // The credit note for the RMA.
    const CREDIT = { number: `MVF${tag}9`, amount: "-740.00" };
    await post(postInvoices, "/invoices", [
      {
        ...CREDIT,
        customerNumber: CUSTOMER,
        kind: "CREDIT_NOTE",
        invoiceDate: todayIso(),
        dueDate: todayIso(),
        rmaNumber,
      },
    ]);

    // The dealer's return status page (its query and its words): invoiced, the rejected line stays rejected.
    const t = createTranslator({
      locale: "nl",
      messages: await loadMessages("nl"),
      namespace: "returns",
    }) as unknown as TTranslate<"returns">;
    const columns = statusColumns(t);
    const { rows } = await getReturnStatus(
      customer.id,
      columns,
      parseGridState({}, columns, { sort: DEFAULT_STATUS_SORT }),
    );
    const label = (status: string) =>
      columns.find((c) => c.id === "status")!.options!.find((o) => o.value === status)!.label;
    const mine = rows.filter((r) => r.rmaNumber === rmaNumber).sort((a, b) => a.id - b.id);
    expect(mine.map((r) => [label(r.status), r.creditNote])).toEqual([
      ["Gefactureerd", CREDIT.number],
      ["Afgewezen", CREDIT.number],
    ]);
    expect((await db.rma.findUniqueOrThrow({ where: { number: rmaNumber } })).status).toBe("INVOICED");

    // The receipt and the credit note came to the ERP's webhook too; the last says invoiced.
    await drainWebhooks();
    const events = webhooksFor(rmaNumber, secret!);
    expect(events.map((e) => e.type)).toEqual(["rma.created", "rma.updated", "rma.updated"]);
    expect(events.at(-1)!.data.status).toBe("INVOICED");

    // Evening: reconciliation by read-back, against what was posted.
    const readBack = (handler: unknown, entity: string) =>
      erp(handler as THandler, `/${entity}?customerNumber=${CUSTOMER}&limit=500`);
    expect((await readBack(getCustomers, "customers")).totals).toEqual({ count: 1 });
    const delivered = await readBack(getDeliveredLines, "delivered-lines");
    expect(delivered.totals).toEqual({
      count: DELIVERED.length,
      quantityDelivered: DELIVERED.reduce((sum, l) => sum + l.quantityDelivered, 0),
    });
    expect(
      delivered.items.map((l: { erpKey: string; quantityReturned: number }) => [
        l.erpKey,
        l.quantityReturned,
      ]),
    ).toEqual([
      [DELIVERED[0]!.erpKey, 2],
      [DELIVERED[1]!.erpKey, 0],
      [DELIVERED[2]!.erpKey, 0],
    ]);
    const invoices = await readBack(getInvoices, "invoices");
    const allAmounts = [...INVOICES.map((i) => i.amount), CREDIT.amount];
    expect(invoices.totals).toEqual({
      count: allAmounts.length,
      amount: money(cents(allAmounts)),
      paidAmount: money(cents(PAYMENTS.map((p) => p.amount))),
    });
    expect(
      invoices.items.map((i: { number: string; settled: boolean; hasDocument: boolean }) => [
        i.number,
        i.settled,
        i.hasDocument,
      ]),
    ).toEqual([
      [INVOICES[0]!.number, true, false],
      [INVOICES[1]!.number, false, true],
      [CREDIT.number, false, false],
    ]);
    expect((await readBack(getPayments, "payments")).totals).toEqual({
      count: PAYMENTS.length,
      amount: money(cents(PAYMENTS.map((p) => p.amount))),
    });

    // The audit trail names the ERP's token for the receipt, and the database's invariants hold.
    const receiptAudit = await db.auditEntry.findMany({
      where: { objectType: "RmaLine", objectId: { in: [String(first.id), String(second.id)] } },
      select: { action: true, actorRole: true, actorErpToken: { select: { name: true } } },
      orderBy: { id: "asc" },
    });
    expect(receiptAudit).toEqual([
      { action: "rmaLine.receive", actorRole: "ERP", actorErpToken: { name: "ERP de dag" } },
      { action: "rmaLine.reject", actorRole: "ERP", actorErpToken: { name: "ERP de dag" } },
    ]);
    expect(await checkInvariants((sql) => db.$queryRawUnsafe(sql))).toEqual({
      checks: expect.any(Number),
      violations: [],
    });
  }, 180_000); // some twenty requests and a PDF; the shared 2-core machine may be busy
});
