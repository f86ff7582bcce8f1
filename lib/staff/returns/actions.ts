"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { requireStaff } from "@/lib/auth/session";
import { DEALER_PAGES, revalidateStaffChange } from "../revalidate";
import { closeRma } from "./close-rma";
import { attachCreditNote, markRmaInvoiced } from "./credit-note";
import { receiveRmaLine, rejectRmaLine } from "./receive-line";
import { ZCreditNoteSchema, ZReceiveLineSchema, ZRejectLineSchema, ZRmaIdSchema } from "./schema";

const dealerPages = [...DEALER_PAGES.returns, "/invoices/unpaid"];

// POST (action) receiveLineAction – accept a line with the received quantity and date
export const receiveLineAction = defineAction(ZReceiveLineSchema, async (input) => {
  await receiveRmaLine(await requireStaff(), input);
  revalidateStaffChange(...dealerPages);
  return { saved: true };
});

// POST (action) rejectLineAction – reject a line with a reason
export const rejectLineAction = defineAction(ZRejectLineSchema, async (input) => {
  await rejectRmaLine(await requireStaff(), input);
  revalidateStaffChange(...dealerPages);
  return { saved: true };
});

// POST (action) closeRmaAction – close; unreceived lines become returnable again
export const closeRmaAction = defineAction(ZRmaIdSchema, async (input) => {
  await closeRma(await requireStaff(), input);
  revalidateStaffChange(...dealerPages);
  return { saved: true };
});

const ZCreditNoteUploadSchema = ZCreditNoteSchema.extend({ file: z.instanceof(File).optional() });

// POST (action) attachCreditNoteAction – the credit note of an RMA with its optional PDF
export const attachCreditNoteAction = defineAction(ZCreditNoteUploadSchema, async ({ file, ...input }) => {
  const staff = await requireStaff();
  const pdf = file && file.size > 0 ? { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
  const result = await attachCreditNote(staff, input, pdf);
  revalidateStaffChange(...dealerPages);
  return result;
});

// POST (action) markInvoicedAction – RMA and its received lines become invoiced
export const markInvoicedAction = defineAction(ZRmaIdSchema, async (input) => {
  await markRmaInvoiced(await requireStaff(), input);
  revalidateStaffChange(...dealerPages);
  return { saved: true };
});
