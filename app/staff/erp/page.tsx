import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { listErpTokens } from "@/lib/erp/queries";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenButton } from "./revoke-token-button";

export default async function ErpTokensPage() {
  await requireStaff();
  const [t, tw, locale, tokens] = await Promise.all([
    getTranslations("erp"),
    getTranslations("erpWebhooks"),
    getLocale() as Promise<TLocale>,
    listErpTokens(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("tokens.title")}</h1>
        <p className="text-sm text-slate-700">{t("tokens.intro")}</p>
        <p className="mt-1 flex gap-4 text-sm">
          <a className="text-brand-700 underline" href="/api/erp/v1/openapi.json">
            {t("tokens.openapi")}
          </a>
          <Link className="text-brand-700 underline" href="/staff/erp/import">
            {t("tokens.importLink")}
          </Link>
        </p>
      </header>
      <section aria-labelledby="new-token" className="rounded-lg border bg-white p-5">
        <h2 id="new-token" className="mb-3 text-lg font-medium">
          {t("tokens.create")}
        </h2>
        <CreateTokenForm />
      </section>
      <section aria-labelledby="token-list">
        <h2 id="token-list" className="mb-3 text-lg font-medium">
          {t("tokens.list")}
        </h2>
        {tokens.length === 0 ? <p className="text-sm text-slate-700">{t("tokens.none")}</p> : null}
        <ul className="flex flex-col gap-3" data-testid="erp-tokens">
          {tokens.map((token) => (
            <li
              key={token.id}
              className="flex flex-wrap items-center justify-between gap-4 rounded-lg border bg-white p-4"
              data-testid="erp-token"
            >
              <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
                <dt className="text-slate-600">{t("tokens.name")}</dt>
                <dd className="font-medium">{token.name}</dd>
                <dt className="text-slate-600">{t("tokens.created")}</dt>
                <dd>{formatDateTime(token.createdAt, locale)}</dd>
                <dt className="text-slate-600">{t("tokens.lastUsed")}</dt>
                <dd>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t("tokens.never")}</dd>
                <dt className="text-slate-600">{t("tokens.status")}</dt>
                <dd>
                  {token.revokedAt
                    ? t("tokens.revokedOn", { date: formatDateTime(token.revokedAt, locale) })
                    : t("tokens.active")}
                </dd>
                <dt className="text-slate-600">{tw("link")}</dt>
                <dd className="col-span-1 break-all sm:col-span-3">
                  {/* Note: the name says whose webhook it is and holds the visible text; a hidden span
                      inside the link had spread the link's box over the row, so clicks missed it. */}
                  <Link
                    href={`/staff/erp/webhooks/${token.id}`}
                    className="text-brand-700 underline"
                    data-testid="erp-token-webhook"
                    aria-label={`${tw("linkLabel", { name: token.name })}: ${token.webhook?.url ?? tw("noUrl")}`}
                  >
                    {token.webhook?.url ?? tw("noUrl")}
                  </Link>
                </dd>
              </dl>
              {token.revokedAt ? null : <RevokeTokenButton id={token.id} name={token.name} />}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
