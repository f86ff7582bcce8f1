"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { requireStaff } from "@/lib/auth/session";
import { DEALER_PAGES, revalidateStaffChange } from "../revalidate";
import { attachClaimDocument, setGoodsReceived } from "./claim-details";
import { ZClaimDocumentSchema, ZClaimReactionSchema, ZClaimStatusSchema, ZGoodsReceivedSchema } from "./schema";
import { addClaimReaction, setClaimStatus } from "./set-status";

// POST (action) setClaimStatusAction – move a claim forward (refusal needs a reaction)
export const setClaimStatusAction = defineAction(ZClaimStatusSchema, async (input) => {
  await setClaimStatus(await requireStaff(), input);
  revalidateStaffChange(...DEALER_PAGES.warranty);
  return { saved: true };
});

// POST (action) addReactionAction – the reaction as a PDF on the claim
export const addReactionAction = defineAction(ZClaimReactionSchema, async (input) => {
  await addClaimReaction(await requireStaff(), input);
  revalidateStaffChange(...DEALER_PAGES.warranty);
  return { saved: true };
});

// POST (action) setGoodsReceivedAction – tick "goods received"
export const setGoodsReceivedAction = defineAction(ZGoodsReceivedSchema, async (input) => {
  await setGoodsReceived(await requireStaff(), input);
  revalidateStaffChange(...DEALER_PAGES.warranty);
  return { saved: true };
});

const ZClaimUploadSchema = ZClaimDocumentSchema.extend({ file: z.instanceof(File, { message: "errors.required" }) });

// POST (action) attachClaimDocumentAction – a staff PDF on the claim (e.g. the credit invoice)
export const attachClaimDocumentAction = defineAction(ZClaimUploadSchema, async ({ file, ...input }) => {
  const staff = await requireStaff();
  const result = await attachClaimDocument(staff, input, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  revalidateStaffChange(...DEALER_PAGES.warranty);
  return result;
});
