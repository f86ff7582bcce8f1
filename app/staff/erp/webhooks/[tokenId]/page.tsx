import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { requireStaff } from "@/lib/auth/session";
import { redeliverWebhookAction } from "@/lib/erp/webhooks/actions";
import { WEBHOOK_MAX_ATTEMPTS } from "@/lib/erp/webhooks/deliver";
import { webhookPageData } from "@/lib/erp/webhooks/queries";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { WebhookForm } from "./webhook-form";

// GET /staff/erp/webhooks/[tokenId] – a token's webhook URL, its secret (shown once) and the
// delivery log: the latest events with every attempt (status code, duration, error).
const TONES = {
  PENDING: "bg-amber-100 text-amber-900",
  DELIVERED: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
} as const;

const COLUMNS = ["createdAt", "type", "number", "status", "log"] as const;

export default async function ErpWebhookPage({ params }: { params: Promise<{ tokenId: string }> }) {
  await requireStaff();
  const { tokenId: raw } = await params;
  const data = /^\d{1,9}$/.test(raw) ? await webhookPageData(Number(raw)) : null;
  if (!data) notFound();
  const [t, locale] = await Promise.all([getTranslations("erpWebhooks"), getLocale() as Promise<TLocale>]);
  const { token, events } = data;
  const revoked = token.revokedAt !== null;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link href="/staff/erp" className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold break-words">{t("title", { name: token.name })}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro", { attempts: WEBHOOK_MAX_ATTEMPTS })}</p>
      </header>
      {revoked ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("revoked")}
        </p>
      ) : (
        <section className="rounded-lg border bg-white p-5">
          <WebhookForm
            tokenId={token.id}
            url={token.webhook?.url ?? ""}
            hasWebhook={token.webhook !== null}
          />
        </section>
      )}
      <section aria-labelledby="webhook-events" className="flex flex-col gap-3">
        <h2 id="webhook-events" className="text-lg font-medium">
          {t("events")}
        </h2>
        {events.length === 0 ? (
          <p className="rounded border bg-white p-4 text-sm">{t("noEvents")}</p>
        ) : (
          <div className="overflow-x-auto rounded border bg-white">
            <table className="w-full text-sm" data-testid="webhook-events">
              <caption className="sr-only">{t("eventsCaption")}</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  {COLUMNS.map((column) => (
                    <th key={column} scope="col" className="px-3 py-2">
                      {t(`columns.${column}`)}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t("redeliver")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <tr key={event.id} className="border-t align-top" data-testid="webhook-event">
                    <td className="whitespace-nowrap px-3 py-2">{formatDateTime(event.createdAt, locale)}</td>
                    <td className="px-3 py-2 font-mono text-xs">{event.type}</td>
                    <td className="px-3 py-2">{event.objectNumber}</td>
                    <td className="px-3 py-2">
                      <span className={`rounded px-2 py-0.5 text-xs font-medium ${TONES[event.status]}`}>
                        {t(`status.${event.status}`)}
                      </span>
                    </td>
                    <td className="px-3 py-2">
                      {event.log.length === 0 ? (
                        <span className="text-slate-600">{t("noAttempts")}</span>
                      ) : (
                        <ol className="flex flex-col gap-1 text-xs" data-testid="webhook-attempts">
                          {event.log.map((attempt) => (
                            <li key={attempt.id} className="flex flex-wrap gap-x-2">
                              <span className="whitespace-nowrap">
                                {formatDateTime(attempt.startedAt, locale)}
                              </span>
                              {attempt.statusCode !== null ? (
                                <span className="font-medium">
                                  {t("httpStatus", { code: attempt.statusCode })}
                                </span>
                              ) : null}
                              <span className="text-slate-600">
                                {t("duration", { ms: attempt.durationMs })}
                              </span>
                              {attempt.error && attempt.error !== `HTTP ${attempt.statusCode}` ? (
                                <span className="break-all text-red-800">{attempt.error}</span>
                              ) : null}
                            </li>
                          ))}
                        </ol>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      {revoked ? null : (
                        <ActionButton
                          action={redeliverWebhookAction}
                          input={{ tokenId: token.id, eventId: event.id }}
                          label={t("redeliver")}
                          ariaLabel={t("redeliverLabel", { id: event.id })}
                          done={t("redelivered")}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
