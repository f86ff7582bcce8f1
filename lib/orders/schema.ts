import { z } from "zod";

// What the open lines page sends when the dealer acknowledges moved expected dates: one line or all shown.
export const MAX_ACKNOWLEDGED_LINES = 500;

export const ZAcknowledgeExpectedDatesSchema = z.object({
  lineIds: z.array(z.number().int().positive().max(2_147_483_647)).min(1).max(MAX_ACKNOWLEDGED_LINES),
});
export type TAcknowledgeExpectedDates = z.infer<typeof ZAcknowledgeExpectedDatesSchema>;
