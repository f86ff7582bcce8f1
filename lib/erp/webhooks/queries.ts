import "server-only";
import { db } from "@/lib/db/client";

// The staff webhook page: the token, its endpoint (never the secret) and its latest events
// with every attempt.
export const WEBHOOK_EVENTS_SHOWN = 50;

export async function webhookPageData(tokenId: number) {
  const token = await db.erpToken.findUnique({
    where: { id: tokenId },
    select: {
      id: true,
      name: true,
      revokedAt: true,
      webhook: { select: { id: true, url: true, updatedAt: true } },
    },
  });
  if (!token) return null;
  const events = token.webhook
    ? await db.webhookEvent.findMany({
        where: { endpointId: token.webhook.id },
        orderBy: { id: "desc" },
        take: WEBHOOK_EVENTS_SHOWN,
        select: {
          id: true,
          type: true,
          objectNumber: true,
          status: true,
          attempts: true,
          createdAt: true,
          log: {
            orderBy: { id: "asc" },
            select: { id: true, startedAt: true, statusCode: true, durationMs: true, error: true },
          },
        },
      })
    : [];
  return { token, events };
}
export type TWebhookPageData = NonNullable<Awaited<ReturnType<typeof webhookPageData>>>;
