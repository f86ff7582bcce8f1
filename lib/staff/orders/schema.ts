import { z } from "zod";

// Staff forms of the open order lines (shared by the forms and the actions). An empty date
// clears the expected date ("not yet known").
const isoDateOrEmpty = z.preprocess(
  (v) => v ?? "",
  z
    .string()
    .trim()
    .refine(
      (v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))),
      "errors.invalidDate",
    )
    .transform((v) => (v === "" ? null : v)),
);

export const ZLineExpectedDateSchema = z.object({
  lineId: z.coerce.number().int().positive(),
  expectedDate: isoDateOrEmpty,
});
export type TLineExpectedDate = z.output<typeof ZLineExpectedDateSchema>;

export const ZArticleExpectedDateSchema = z.object({
  articleNumber: z.string().trim().min(1, "errors.required").max(40, "errors.tooLong"),
  expectedDate: isoDateOrEmpty,
});
export type TArticleExpectedDate = z.output<typeof ZArticleExpectedDateSchema>;
