"use server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { staffAction } from "@/lib/actions/safe-action";
import { logError } from "@/lib/log";
import { drainWebhooks } from "./deliver";
import { redeliverWebhookEvent, rotateWebhookSecret, saveWebhookEndpoint } from "./endpoints";
import { ZRedeliverWebhookSchema, ZRotateWebhookSecretSchema, ZSaveWebhookSchema } from "./schema";

const pagePath = (tokenId: number) => `/staff/erp/webhooks/${tokenId}`;

// saveWebhookAction – staff set the webhook URL of a token; the secret comes back once when new
export const saveWebhookAction = staffAction(ZSaveWebhookSchema, async ({ tokenId, url }, { staff }) => {
  const saved = await saveWebhookEndpoint(staff, tokenId, url);
  revalidatePath("/staff/erp");
  revalidatePath(pagePath(tokenId));
  return saved;
});

// rotateWebhookSecretAction – staff replace the signing secret; the new one comes back once
export const rotateWebhookSecretAction = staffAction(
  ZRotateWebhookSecretSchema,
  async ({ tokenId }, { staff }) => rotateWebhookSecret(staff, tokenId),
);

// redeliverWebhookAction – staff send an event again; delivered right after the answer
export const redeliverWebhookAction = staffAction(
  ZRedeliverWebhookSchema,
  async ({ tokenId, eventId }, { staff }) => {
    await redeliverWebhookEvent(staff, tokenId, eventId);
    after(async () => {
      try {
        await drainWebhooks();
      } catch (error) {
        await logError("webhook drain after redeliver", error);
      }
    });
    revalidatePath(pagePath(tokenId));
    return { eventId };
  },
);
