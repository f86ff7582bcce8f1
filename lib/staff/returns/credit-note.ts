import "server-only";
import { dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { assertStaff, isUniqueViolation, type TStaffContext, writeStaffAudit } from "../context";
import { createStaffDocument, storeStaffPdf, type TPdfUpload } from "../staff-document";
import { invoiceRma } from "./invoice-rma";
import { lockRma } from "./lock";
import type { TCreditNote, TRmaId } from "./schema";

const numberTaken = () =>
  new AppError(
    "CONFLICT",
    "staff.returns.creditNoteNumberTaken",
    {},
    { number: ["staff.returns.creditNoteNumberTaken"] },
  );

/**
 * Records the credit note of an RMA, optionally with its PDF. Staff book it settled: a payment of its
 * full amount stands for that (paid amount and settled follow the payments, trigger on "Payment").
 */
export async function attachCreditNote(
  ctx: TStaffContext,
  input: TCreditNote,
  pdf?: TPdfUpload,
): Promise<{ invoiceId: number }> {
  assertStaff(ctx);
  const amount = new Prisma.Decimal(input.amount.replace(",", ".")).negated();
  if (amount.isZero())
    throw new AppError(
      "VALIDATION",
      "staff.returns.amountFormat",
      {},
      { amount: ["staff.returns.amountFormat"] },
    );
  if (await db.invoice.findUnique({ where: { number: input.number }, select: { id: true } }))
    throw numberTaken();
  const file = pdf && pdf.bytes.length > 0 ? await storeStaffPdf(pdf) : null;
  try {
    return await db.$transaction(async (tx) => {
      const rma = await lockRma(tx, input.rmaId);
      if (rma.status === "OPEN") throw new AppError("CONFLICT", "staff.returns.closeFirst");
      const documentId = file
        ? await createStaffDocument(tx, file, { customerId: rma.customerId, kind: "CREDIT_NOTE" })
        : null;
      const invoiceDate = dateOnly(input.invoiceDate);
      const invoice = await tx.invoice.create({
        data: {
          customerId: rma.customerId,
          number: input.number,
          kind: "CREDIT_NOTE",
          invoiceDate,
          dueDate: invoiceDate,
          amount,
          rmaId: rma.id,
          documentId,
          payments: { create: { erpKey: `portal:credit-note:${input.number}`, amount, paidOn: invoiceDate } },
        },
      });
      await writeStaffAudit(tx, ctx, {
        customerId: rma.customerId,
        action: "rma.creditNote",
        objectType: "Rma",
        objectId: String(rma.id),
        before: { number: rma.number },
        after: {
          number: rma.number,
          creditNote: input.number,
          amount: amount.toFixed(2),
          invoiceDate: input.invoiceDate,
          documentId,
        },
      });
      return { invoiceId: invoice.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTaken();
    throw error;
  }
}

/** A closed RMA with its credit note becomes INVOICED, and so do its received lines. */
export async function markRmaInvoiced(ctx: TStaffContext, { rmaId }: TRmaId): Promise<void> {
  assertStaff(ctx);
  await db.$transaction(async (tx) => {
    const rma = await lockRma(tx, rmaId);
    if (rma.status === "OPEN") throw new AppError("CONFLICT", "staff.returns.closeFirst");
    if (rma.status === "INVOICED") throw new AppError("CONFLICT", "staff.returns.alreadyInvoiced");
    if ((await tx.invoice.count({ where: { rmaId, kind: "CREDIT_NOTE" } })) === 0)
      throw new AppError("CONFLICT", "staff.returns.creditNoteMissing");
    await invoiceRma(tx, { actorUserId: ctx.userId, actorRole: "STAFF" }, rma);
  });
}
