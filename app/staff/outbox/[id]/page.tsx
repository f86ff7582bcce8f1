import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getOutboxMessage } from "@/lib/email/queries";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { RetryButton } from "../retry-button";
import { OutboxStatusBadge } from "../status-badge";

// GET /staff/outbox/[id] – one e-mail as it was (or will be) sent: recipients, text and HTML
export default async function StaffOutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id: rawId } = await params;
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
  const message = id === null ? null : await getOutboxMessage(id);
  if (!message) notFound();
  const [t, locale] = await Promise.all([
    getTranslations("email.staffOutbox"),
    getLocale() as Promise<TLocale>,
  ]);

  const facts = [
    [t("columns.createdAt"), formatDateTime(message.createdAt, locale)],
    [t("recipients"), message.to.join(", ")],
    [t("columns.template"), `${message.template} (${message.language.toUpperCase()})`],
    [t("columns.attempts"), String(message.attempts)],
    [t("columns.sentAt"), formatDateTime(message.sentAt, locale)],
    [t("columns.lastError"), message.lastError ?? ""],
  ] as const;

  return (
    <article className="flex flex-col gap-4">
      <Link href="/staff/outbox" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{message.subject}</h1>
      <div className="flex items-center gap-3">
        <OutboxStatusBadge status={message.status} label={t(`status.${message.status}`)} />
        {message.status === "FAILED" ? <RetryButton id={message.id} /> : null}
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 rounded border bg-white p-4 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("textBody")}</h2>
        <pre className="whitespace-pre-wrap rounded border bg-white p-4 text-sm">{message.text}</pre>
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("htmlBody")}</h2>
        {/* An empty sandbox: the stored HTML can run no script and reach nothing of the portal. */}
        <iframe
          sandbox=""
          srcDoc={message.html}
          title={t("htmlFrameTitle")}
          className="h-[600px] w-full rounded border bg-white"
        />
      </section>
    </article>
  );
}
