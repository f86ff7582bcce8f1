"use server";
import { ZFileUploadSchema } from "@/lib/actions/file-upload";
import { staffAction } from "@/lib/actions/safe-action";
import { DEALER_PAGES, revalidateStaffChange } from "../revalidate";
import { closeRma } from "./close-rma";
import { attachCreditNote, markRmaInvoiced } from "./credit-note";
import { receiveRmaLine, rejectRmaLine } from "./receive-line";
import { ZCreditNoteSchema, ZReceiveLineSchema, ZRejectLineSchema, ZRmaIdSchema } from "./schema";

const dealerPages = [...DEALER_PAGES.returns, "/invoices/unpaid"];

// POST (action) receiveLineAction – accept a line with the received quantity and date
export const receiveLineAction = staffAction(ZReceiveLineSchema, async (input, { staff }) => {
  await receiveRmaLine(staff, input);
  revalidateStaffChange(...dealerPages);
  return { saved: true };
});

// POST (action) rejectLineAction – reject a line with a reason
export const rejectLineAction = staffAction(ZRejectLineSchema, async (input, { staff }) => {
  await rejectRmaLine(staff, input);
  revalidateStaffChange(...dealerPages);
  return { saved: true };
});

// POST (action) closeRmaAction – close; unreceived lines become returnable again
export const closeRmaAction = staffAction(ZRmaIdSchema, async (input, { staff }) => {
  await closeRma(staff, input);
  revalidateStaffChange(...dealerPages);
  return { saved: true };
});

const ZCreditNoteUploadSchema = ZCreditNoteSchema.extend({ file: ZFileUploadSchema.optional() });

// POST (action) attachCreditNoteAction – the credit note of an RMA with its optional PDF
export const attachCreditNoteAction = staffAction(
  ZCreditNoteUploadSchema,
  async ({ file, ...input }, { staff }) => {
    const result = await attachCreditNote(staff, input, file);
    revalidateStaffChange(...dealerPages);
    return result;
  },
);

// POST (action) markInvoicedAction – RMA and its received lines become invoiced
export const markInvoicedAction = staffAction(ZRmaIdSchema, async (input, { staff }) => {
  await markRmaInvoiced(staff, input);
  revalidateStaffChange(...dealerPages);
  return { saved: true };
});
