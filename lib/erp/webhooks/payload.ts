import "server-only";
import { claimFeedItem, rmaFeedItem } from "@/lib/erp/feed";
import type { TClaimFeedItem, TRmaFeedItem } from "@/lib/erp/feed-schema";

// The body of a webhook (docs/erp-api.md "Webhooks"): the event and the object as the feed
// returns it (lib/erp/feed.ts's serializer), or null when the object no longer exists.
export type TWebhookPayload = {
  id: string;
  type: string;
  createdAt: string;
  number: string;
  data: TRmaFeedItem | TClaimFeedItem | null;
};

export const webhookId = (eventId: number) => `evt_${eventId}`;

export async function buildWebhookPayload(event: {
  id: number;
  type: string;
  objectType: string;
  objectId: number;
  objectNumber: string;
  createdAt: Date;
}): Promise<TWebhookPayload> {
  const data =
    event.objectType === "rma" ? await rmaFeedItem(event.objectId) : await claimFeedItem(event.objectId);
  return {
    id: webhookId(event.id),
    type: event.type,
    createdAt: event.createdAt.toISOString(),
    number: event.objectNumber,
    data,
  };
}
