import { z } from "zod";

// Staff forms of the warranty queue (shared by the forms and the actions).
export const WARRANTY_STATUSES = ["RECEIVED", "IN_TREATMENT", "AWARDED", "REFUSED"] as const;
const id = z.coerce.number().int().positive();
const reaction = z.string().trim().max(5000, "errors.tooLong");

export const ZClaimStatusSchema = z.object({
  claimId: id,
  status: z.enum(WARRANTY_STATUSES),
  reaction: reaction.default(""),
});
export type TClaimStatus = z.output<typeof ZClaimStatusSchema>;

export const ZClaimReactionSchema = z.object({ claimId: id, reaction: reaction.min(1, "errors.required") });
export type TClaimReaction = z.output<typeof ZClaimReactionSchema>;

export const ZGoodsReceivedSchema = z.object({ claimId: id, goodsReceived: z.boolean() });
export type TGoodsReceived = z.output<typeof ZGoodsReceivedSchema>;

export const ZClaimDocumentSchema = z.object({ claimId: id, kind: z.enum(["CREDIT_NOTE", "OTHER"]) });
export type TClaimDocument = z.output<typeof ZClaimDocumentSchema>;

/** Forward only: a decided claim (awarded or refused) stays decided. */
export const NEXT_STATUSES: Record<
  (typeof WARRANTY_STATUSES)[number],
  readonly (typeof WARRANTY_STATUSES)[number][]
> = {
  RECEIVED: ["IN_TREATMENT", "AWARDED", "REFUSED"],
  IN_TREATMENT: ["AWARDED", "REFUSED"],
  AWARDED: [],
  REFUSED: [],
};
