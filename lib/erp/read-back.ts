import "server-only";
import { db } from "@/lib/db/client";
import { ErpRequestError, withErpToken } from "./http";
import { type TReadBackEntity, type TReadBackQuery, ZReadBackQuerySchema } from "./read-back-schema";
import { toRowErrors } from "./row-errors";

// Read-back for reconciliation (ERP API 1.1): what the portal holds of each entity, by customer
// and updatedSince, paged by id, with the count and sums of everything that matches, so the ERP
// can compare them with its own.
type TPage = {
  items: Record<string, unknown>[];
  nextAfter: number | null;
  totals: Record<string, string | number>;
};
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const money = (v: { toFixed(n: number): string } | null | undefined) => (v ? v.toFixed(2) : "0.00");

function common(q: TReadBackQuery, customer: (erpNumber: string) => object) {
  return {
    ...(q.customerNumber ? customer(q.customerNumber) : {}),
    ...(q.updatedSince ? { updatedAt: { gte: new Date(q.updatedSince) } } : {}),
  };
}
const page = (q: TReadBackQuery) => ({
  where: q.after === undefined ? {} : { id: { gt: q.after } },
  take: q.limit,
  orderBy: { id: "asc" as const },
});
const next = (rows: { id: number }[], q: TReadBackQuery) =>
  rows.length === q.limit ? (rows.at(-1)?.id ?? null) : null;

const LISTS: Record<TReadBackEntity, (q: TReadBackQuery) => Promise<TPage>> = {
  async customers(q) {
    const where = common(q, (erpNumber) => ({ erpNumber }));
    const [rows, count] = await Promise.all([
      db.customer.findMany({ ...page(q), where: { ...where, ...page(q).where } }),
      db.customer.count({ where }),
    ]);
    return {
      items: rows.map((c) => ({
        erpNumber: c.erpNumber,
        name: c.name,
        language: c.language,
        carrier: c.carrier,
        street: c.street,
        postalCode: c.postalCode,
        city: c.city,
        country: c.country,
        email: c.email,
        active: c.active,
        updatedAt: c.updatedAt.toISOString(),
      })),
      nextAfter: next(rows, q),
      totals: { count },
    };
  },
  async "delivered-lines"(q) {
    const where = common(q, (erpNumber) => ({ customer: { erpNumber } }));
    const [rows, sums] = await Promise.all([
      db.deliveredLine.findMany({
        ...page(q),
        where: { ...where, ...page(q).where },
        include: { customer: { select: { erpNumber: true } } },
      }),
      db.deliveredLine.aggregate({ where, _count: true, _sum: { quantityDelivered: true } }),
    ]);
    return {
      items: rows.map((l) => ({
        erpKey: l.erpKey,
        customerNumber: l.customer.erpNumber,
        salesOrderNumber: l.salesOrderNumber,
        customerPoNumber: l.customerPoNumber,
        specialOrder: l.specialOrder,
        articleNumber: l.articleNumber,
        externalArticleNumbers: l.externalArticleNumbers,
        articleName: l.articleName,
        netUnitPrice: money(l.netUnitPrice),
        quantityOrdered: l.quantityOrdered,
        quantityDelivered: l.quantityDelivered,
        quantityReturned: l.quantityReturned,
        quantityInRequest: l.quantityInRequest,
        deliveryDate: day(l.deliveryDate),
        updatedAt: l.updatedAt.toISOString(),
      })),
      nextAfter: next(rows, q),
      totals: { count: sums._count, quantityDelivered: sums._sum.quantityDelivered ?? 0 },
    };
  },
  async "open-lines"(q) {
    const where = common(q, (erpNumber) => ({ customer: { erpNumber } }));
    const [rows, sums] = await Promise.all([
      db.openOrderLine.findMany({
        ...page(q),
        where: { ...where, ...page(q).where },
        include: { customer: { select: { erpNumber: true } } },
      }),
      db.openOrderLine.aggregate({ where, _count: true, _sum: { quantityOrdered: true } }),
    ]);
    return {
      items: rows.map((l) => ({
        erpKey: l.erpKey,
        customerNumber: l.customer.erpNumber,
        salesOrderNumber: l.salesOrderNumber,
        orderDate: day(l.orderDate),
        salesRep: l.salesRep,
        customerPoNumber: l.customerPoNumber,
        articleNumber: l.articleNumber,
        deliverArticleNumber: l.deliverArticleNumber,
        articleName: l.articleName,
        quantityOrdered: l.quantityOrdered,
        quantityDelivered: l.quantityDelivered,
        expectedDate: day(l.expectedDate),
        updatedAt: l.updatedAt.toISOString(),
      })),
      nextAfter: next(rows, q),
      totals: { count: sums._count, quantityOrdered: sums._sum.quantityOrdered ?? 0 },
    };
  },
  async invoices(q) {
    const where = common(q, (erpNumber) => ({ customer: { erpNumber } }));
    const [rows, sums] = await Promise.all([
      db.invoice.findMany({
        ...page(q),
        where: { ...where, ...page(q).where },
        include: { customer: { select: { erpNumber: true } }, rma: { select: { number: true } } },
      }),
      db.invoice.aggregate({ where, _count: true, _sum: { amount: true, paidAmount: true } }),
    ]);
    return {
      items: rows.map((i) => ({
        number: i.number,
        customerNumber: i.customer.erpNumber,
        kind: i.kind,
        invoiceDate: day(i.invoiceDate),
        dueDate: day(i.dueDate),
        amount: money(i.amount),
        paidAmount: money(i.paidAmount),
        settled: i.settled,
        rmaNumber: i.rma?.number ?? null,
        hasDocument: i.documentId !== null,
        updatedAt: i.updatedAt.toISOString(),
      })),
      nextAfter: next(rows, q),
      totals: {
        count: sums._count,
        amount: money(sums._sum.amount),
        paidAmount: money(sums._sum.paidAmount),
      },
    };
  },
  async payments(q) {
    const where = common(q, (erpNumber) => ({ invoice: { customer: { erpNumber } } }));
    const [rows, sums] = await Promise.all([
      db.payment.findMany({
        ...page(q),
        where: { ...where, ...page(q).where },
        include: { invoice: { select: { number: true, customer: { select: { erpNumber: true } } } } },
      }),
      db.payment.aggregate({ where, _count: true, _sum: { amount: true } }),
    ]);
    return {
      items: rows.map((p) => ({
        erpKey: p.erpKey,
        invoiceNumber: p.invoice.number,
        customerNumber: p.invoice.customer.erpNumber,
        amount: money(p.amount),
        paidOn: day(p.paidOn),
        overpayment: p.overpayment,
        updatedAt: p.updatedAt.toISOString(),
      })),
      nextAfter: next(rows, q),
      totals: { count: sums._count, amount: money(sums._sum.amount) },
    };
  },
};

/** GET /api/erp/v1/<entity>?customerNumber&updatedSince&limit&after. */
export async function readBack(entity: TReadBackEntity, request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = ZReadBackQuerySchema.safeParse(params);
  if (!parsed.success)
    throw new ErpRequestError("erp.api.badQuery", toRowErrors(parsed.error.issues, params));
  return Response.json(await LISTS[entity](parsed.data));
}

export const erpReadBackHandler = (entity: TReadBackEntity) => (request: Request) =>
  withErpToken(request, () => readBack(entity, request));
