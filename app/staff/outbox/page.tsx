import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { listOutboxMessages, OUTBOX_COLUMNS, outboxCells } from "@/lib/email/queries";
import type { TLocale } from "@/lib/i18n/locales";
import { RetryButton } from "./retry-button";
import { OutboxStatusBadge } from "./status-badge";

// GET /staff/outbox – every portal e-mail, newest first, 50 per page (?page=); its CSV has them all.
export default async function StaffOutboxPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  await requireStaff();
  const [t, tg, locale, { page: rawPage }] = await Promise.all([
    getTranslations("email.staffOutbox"),
    getTranslations("grid"),
    getLocale() as Promise<TLocale>,
    searchParams,
  ]);
  const requested = Number.parseInt(typeof rawPage === "string" ? rawPage : "1", 10);
  const page = Number.isSafeInteger(requested) && requested > 0 ? requested : 1;
  const { rows, pages } = await listOutboxMessages(page);

  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </div>
        <a
          href="/staff/outbox/export.csv"
          className="rounded border border-brand-600 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50"
        >
          {tg("exportCsv")}
        </a>
      </div>
      {rows.length === 0 ? (
        <p className="rounded border bg-white p-4">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                {OUTBOX_COLUMNS.map((c) => (
                  <th key={c} scope="col" className="px-3 py-2">
                    {t(`columns.${c}`)}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t("retry")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const cells = outboxCells(row, locale, (status) => t(`status.${status}`));
                return (
                  <tr key={row.id} className="border-t align-top" data-testid="outbox-row">
                    <td className="whitespace-nowrap px-3 py-2">{cells.createdAt}</td>
                    <td className="px-3 py-2">{cells.to}</td>
                    <td className="px-3 py-2">{cells.template}</td>
                    <td className="px-3 py-2">{cells.language}</td>
                    <td className="px-3 py-2">
                      <Link
                        href={`/staff/outbox/${row.id}`}
                        className="text-brand-700 underline"
                        aria-label={t("open", { id: row.id })}
                      >
                        {cells.subject}
                      </Link>
                    </td>
                    <td className="px-3 py-2">
                      <OutboxStatusBadge status={row.status} label={cells.status} />
                    </td>
                    <td className="px-3 py-2 text-right">{cells.attempts}</td>
                    <td className="max-w-xs break-words px-3 py-2 text-xs text-slate-600">
                      {cells.lastError}
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">{cells.sentAt}</td>
                    <td className="px-3 py-2">
                      {row.status === "FAILED" ? <RetryButton id={row.id} /> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pagination")} className="flex items-center gap-4 text-sm">
        {page > 1 ? (
          <Link href={`/staff/outbox?page=${page - 1}`} className="text-brand-700 underline">
            {t("previous")}
          </Link>
        ) : null}
        <span>{t("pageOf", { page, pages })}</span>
        {page < pages ? (
          <Link href={`/staff/outbox?page=${page + 1}`} className="text-brand-700 underline">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
