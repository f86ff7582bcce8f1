import { z } from "zod";

// What the open lines page sends when the dealer acknowledges moved expected dates: one line or all shown.
export const MAX_ACKNOWLEDGED_LINES = 500;

export const ZAcknowledgeExpectedDatesSchema = z.object({
  lineIds: z.array(z.number().int().positive().max(2_147_483_647)).min(1).max(MAX_ACKNOWLEDGED_LINES),
  // When the page the dealer looked at was made: a date change after it was not seen, so its
  // mark stays (a time in the future counts as now).
  seenAt: z.iso.datetime(),
});
export type TAcknowledgeExpectedDates = z.infer<typeof ZAcknowledgeExpectedDatesSchema>;
