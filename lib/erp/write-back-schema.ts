import { z } from "zod";
import { NEXT_STATUSES } from "@/lib/staff/warranty/schema";
import { ZRmaFeedLineSchema } from "./feed-schema";
import { zIsoDate, zQuantity, zRequiredText, zText } from "./fields";

// What the ERP writes back (1.1): the receipt of an RMA's lines and a warranty claim's status.
// The same rules as the staff dashboard (lib/staff/returns, lib/staff/warranty); the rules that
// depend on stored data are stated in the descriptions, with the code they are refused with.
const INT4_MAX = 2_147_483_647;
const zLineId = z
  .number({ message: "must be a number" })
  .int({ message: "must be a whole number" })
  .min(1, { message: "must be at least 1" })
  .max(INT4_MAX, { message: `must be at most ${INT4_MAX}` })
  .describe("The RMA line's `id` from the RMA feed (listRmas); unknown_rma_line when not a line of this RMA");
const zReceivedAt = zIsoDate.describe("The day the goods arrived (or were refused), YYYY-MM-DD");

export const ZReceiptLineSchema = z.discriminatedUnion("status", [
  z.strictObject({
    id: zLineId,
    status: z.literal("RECEIVED").describe("Accepted: the received quantity counts as returned"),
    quantityReceived: zQuantity.describe(
      "Units that arrived, 0 … the line's quantityExpected (exceeds_expected beyond it); the rest is returnable again",
    ),
    receivedAt: zReceivedAt,
  }),
  z.strictObject({
    id: zLineId,
    status: z.literal("REJECTED").describe("Refused: nothing of the line counts as returned"),
    reason: zRequiredText(500).describe("Why, for the dealer (shown and mailed as it is)"),
    receivedAt: zReceivedAt,
  }),
]);

export const MAX_RECEIPT_LINES = 500;
export const ZRmaReceiptSchema = z
  .strictObject({
    lines: z
      .array(ZReceiptLineSchema, { message: "must be an array of lines" })
      .min(1, { message: "must hold at least one line" })
      .max(MAX_RECEIPT_LINES, { message: `must hold at most ${MAX_RECEIPT_LINES} lines` })
      .describe("Each line of the RMA at most once (duplicate_key); lines left out stay as they are"),
  })
  .describe(
    "All lines or none: when one line is refused nothing is written. A line already handled the same way " +
      "is unchanged (sending the receipt again answers the same); handled otherwise it is already_handled (409).",
  );
export type TRmaReceipt = z.output<typeof ZRmaReceiptSchema>;
export type TReceiptLine = z.output<typeof ZReceiptLineSchema>;

export const ZRmaReceiptAnswerSchema = z.object({
  number: z.string(),
  status: z.enum(["OPEN", "CLOSED", "INVOICED"]),
  lines: z.array(ZRmaFeedLineSchema).describe("The lines of the receipt, as they are now (as in the feed)"),
  dryRun: z.boolean().optional().describe("true when ?dryRun=true: the answer of the write, nothing written"),
});
export type TRmaReceiptAnswer = z.infer<typeof ZRmaReceiptAnswerSchema>;

/** The statuses a claim can be moved to (RECEIVED is where every claim starts). */
const TARGET_STATUSES = [
  "IN_TREATMENT",
  "AWARDED",
  "REFUSED",
] as const satisfies readonly (keyof typeof NEXT_STATUSES)[];
const transitions = Object.entries(NEXT_STATUSES)
  .filter(([, next]) => next.length > 0)
  .map(([from, next]) => `${from} → ${next.join(", ")}`)
  .join("; ");

export const ZClaimStatusRequestSchema = z.strictObject({
  status: z
    .enum(TARGET_STATUSES)
    .describe(
      `Forward only: ${transitions}; AWARDED and REFUSED are final (bad_transition, 409). ` +
        "AWARDED and REFUSED set handledAt.",
    ),
  reaction: zText(5000)
    .optional()
    .describe(
      "The distributor's reaction: stored as a PDF on the claim (a WARRANTY_REACTION attachment) and " +
        "shown to the dealer, who is mailed. Required (non-blank) for REFUSED unless the claim already " +
        "has a reaction (reaction_required, 422).",
    ),
});
export type TClaimStatusRequest = z.output<typeof ZClaimStatusRequestSchema>;

export const ZClaimStatusAnswerSchema = z.object({
  number: z.string(),
  status: z.enum(["RECEIVED", "IN_TREATMENT", "AWARDED", "REFUSED"]),
  handledAt: z.string().meta({ format: "date-time" }).nullable(),
  dryRun: z.boolean().optional().describe("true when ?dryRun=true: the answer of the write, nothing written"),
});
export type TClaimStatusAnswer = z.infer<typeof ZClaimStatusAnswerSchema>;
