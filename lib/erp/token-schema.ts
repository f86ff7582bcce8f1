import { z } from "zod";

// Staff forms of the ERP token page.
export const ZCreateErpTokenSchema = z.object({
  name: z.string().trim().min(1, "errors.required").max(100, "errors.tooLong"),
});
export type TCreateErpToken = z.infer<typeof ZCreateErpTokenSchema>;

export const ZRevokeErpTokenSchema = z.object({ id: z.number().int().positive() });
export type TRevokeErpToken = z.infer<typeof ZRevokeErpTokenSchema>;

// The staff CSV upload: the file's text travels in the action (limited by the server action
// body size, 1 MB by default); larger files go through the command line or the API.
export const CSV_UPLOAD_MAX_BYTES = 1_000_000;
export const ZCsvUploadSchema = z.object({
  entity: z.enum(["customers", "delivered-lines", "open-lines", "invoices", "payments", "documents"]),
  dryRun: z.boolean(),
  fileName: z.string().trim().min(1, "errors.required").max(200, "errors.tooLong"),
  text: z.string().min(1, "erp.import.emptyFile").max(CSV_UPLOAD_MAX_BYTES, "erp.import.tooLarge"),
});
export type TCsvUpload = z.infer<typeof ZCsvUploadSchema>;
