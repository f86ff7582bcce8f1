import "server-only";
import { db } from "@/lib/db/client";
import { toPrismaOrderBy, toPrismaWhere, type TFieldMap } from "@/lib/grid/filters";
import { toSkipTake } from "@/lib/grid/params";
import type { TGridColumn, TGridState } from "@/lib/grid/types";

// Every RMA line of the dealer (SPEC §2.4), with its RMA, delivered line, reason and credit note.
export type TStatusRow = {
  id: number; rmaNumber: string; rmaDate: string; articleNumber: string; externalArticleNumbers: string; articleName: string;
  remark: string; quantityExpected: number;
  receivedAt: string | null; quantityReceived: number | null; status: "EXPECTED" | "RECEIVED" | "REJECTED" | "INVOICED";
  creditNote: string | null; hasLabel: boolean;
};

export const STATUS_FIELDS: TFieldMap = {
  rmaNumber: "rma.number",
  rmaDate: "rma.createdAt",
  articleNumber: "deliveredLine.articleNumber",
  externalArticleNumbers: "deliveredLine.externalArticleNumbers",
  articleName: "deliveredLine.articleName",
};

export async function getReturnStatus(customerId: number, columns: TGridColumn[], state: TGridState, { paged = true } = {}) {
  const where = { rma: { customerId }, ...toPrismaWhere<object>(columns, state.filters, STATUS_FIELDS) };
  const orderBy = toPrismaOrderBy<object>(state.sort, STATUS_FIELDS, { id: "desc" });
  const [lines, total, customer] = await Promise.all([
    db.rmaLine.findMany({
      where, orderBy, ...(paged ? toSkipTake(state) : {}),
      select: {
        id: true, remark: true, rejectionReason: true, quantityExpected: true, quantityReceived: true, receivedAt: true, status: true,
        deliveredLine: { select: { articleNumber: true, externalArticleNumbers: true, articleName: true } },
        rma: { select: { number: true, createdAt: true, creditNotes: { where: { kind: "CREDIT_NOTE" }, select: { number: true }, orderBy: { id: "desc" }, take: 1 } } },
      },
    }),
    paged ? db.rmaLine.count({ where }) : Promise.resolve(-1),
    db.customer.findUnique({ where: { id: customerId }, select: { carrier: true } }),
  ]);
  const hasLabel = customer?.carrier === "NIGHT_CARRIER";
  const rows: TStatusRow[] = lines.map((line) => ({
    id: line.id,
    rmaNumber: line.rma.number,
    rmaDate: line.rma.createdAt.toISOString(),
    articleNumber: line.deliveredLine.articleNumber,
    externalArticleNumbers: line.deliveredLine.externalArticleNumbers,
    articleName: line.deliveredLine.articleName,
    remark: [line.remark, line.rejectionReason].filter(Boolean).join(" · "),
    quantityExpected: line.quantityExpected,
    receivedAt: line.receivedAt ? line.receivedAt.toISOString().slice(0, 10) : null,
    quantityReceived: line.quantityReceived,
    status: line.status,
    creditNote: line.rma.creditNotes[0]?.number ?? null,
    hasLabel,
  }));
  return { rows, total: paged ? total : rows.length };
}
