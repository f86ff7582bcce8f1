"use server";
import { ZFileUploadSchema } from "@/lib/actions/file-upload";
import { staffAction } from "@/lib/actions/safe-action";
import { DEALER_PAGES, revalidateStaffChange } from "../revalidate";
import { attachClaimDocument, setGoodsReceived } from "./claim-details";
import {
  ZClaimDocumentSchema,
  ZClaimReactionSchema,
  ZClaimStatusSchema,
  ZGoodsReceivedSchema,
} from "./schema";
import { addClaimReaction, setClaimStatus } from "./set-status";

// POST (action) setClaimStatusAction – move a claim forward (refusal needs a reaction)
export const setClaimStatusAction = staffAction(ZClaimStatusSchema, async (input, { staff }) => {
  await setClaimStatus(staff, input);
  revalidateStaffChange(...DEALER_PAGES.warranty);
  return { saved: true };
});

// POST (action) addReactionAction – the reaction as a PDF on the claim
export const addReactionAction = staffAction(ZClaimReactionSchema, async (input, { staff }) => {
  await addClaimReaction(staff, input);
  revalidateStaffChange(...DEALER_PAGES.warranty);
  return { saved: true };
});

// POST (action) setGoodsReceivedAction – tick "goods received"
export const setGoodsReceivedAction = staffAction(ZGoodsReceivedSchema, async (input, { staff }) => {
  await setGoodsReceived(staff, input);
  revalidateStaffChange(...DEALER_PAGES.warranty);
  return { saved: true };
});

const ZClaimUploadSchema = ZClaimDocumentSchema.extend({ file: ZFileUploadSchema });

// POST (action) attachClaimDocumentAction – a staff PDF on the claim (e.g. the credit invoice)
export const attachClaimDocumentAction = staffAction(
  ZClaimUploadSchema,
  async ({ file, ...input }, { staff }) => {
    const result = await attachClaimDocument(staff, input, file);
    revalidateStaffChange(...DEALER_PAGES.warranty);
    return result;
  },
);
