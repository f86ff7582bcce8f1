import { z } from "zod";

// Staff forms of the webhook page (app/staff/erp/webhooks/[tokenId]). The URL's rules beyond
// its length are checked on the server (lib/erp/webhooks/url-rules.ts).
export const ZSaveWebhookSchema = z.object({
  tokenId: z.number().int().positive(),
  url: z.string().trim().min(1, "errors.required").max(2000, "errors.tooLong"),
});
export type TSaveWebhook = z.infer<typeof ZSaveWebhookSchema>;

export const ZRotateWebhookSecretSchema = z.object({ tokenId: z.number().int().positive() });
export const ZRedeliverWebhookSchema = z.object({
  tokenId: z.number().int().positive(),
  eventId: z.number().int().positive(),
});
