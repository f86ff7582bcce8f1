import { getLocale, getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { getAccountSecurity } from "@/lib/auth/account";
import { currentSessionId, requireDealer } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { DealerViewAccountNotice } from "../dealer-view-banner";
import { SignOutEverywhereButton } from "./sign-out-everywhere-button";
import { TwoFactorSetup } from "./two-factor-setup";

export const generateMetadata = pageTitle("auth.accountTitle");

// The dealer's own account: the second step of signing in, and the open sessions.
export default async function AccountPage() {
  const dealer = await requireDealer();
  if (dealer.viewedBy) return <DealerViewAccountNotice />;
  const [t, rawLocale, sessionId] = await Promise.all([
    getTranslations("auth"),
    getLocale(),
    currentSessionId(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const security = await getAccountSecurity(dealer.userId, sessionId);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("accountTitle")}</h1>
        <p className="text-sm text-slate-700">{t("accountIntro")}</p>
      </div>
      <section aria-labelledby="two-factor" className="flex flex-col gap-3 rounded-lg border bg-white p-5">
        <h2 id="two-factor" className="font-semibold">
          {t("twoFactorTitle")}
        </h2>
        <p className="text-sm" data-testid="two-factor-status">
          {security.twoFactorOn ? t("twoFactorOn") : t("twoFactorOff")}
        </p>
        {security.twoFactorOn ? null : <TwoFactorSetup />}
      </section>
      <section aria-labelledby="sessions" className="flex flex-col gap-3 rounded-lg border bg-white p-5">
        <h2 id="sessions" className="font-semibold">
          {t("sessionsTitle")}
        </h2>
        <p className="text-sm" data-testid="session-count">
          {t("sessionsCount", { count: security.sessions.length })}
        </p>
        <ul className="flex flex-col gap-1 text-sm">
          {security.sessions.map((session) => (
            <li key={session.createdAt.toISOString()}>
              {t("sessionStarted", { date: formatDateTime(session.createdAt, locale) })} ·{" "}
              {t("sessionLastSeen", { date: formatDateTime(session.lastSeenAt, locale) })}
              {session.current ? <strong> · {t("sessionCurrent")}</strong> : null}
            </li>
          ))}
        </ul>
        <p className="text-xs text-slate-600">{t("signOutEverywhereHint")}</p>
        <SignOutEverywhereButton label={t("signOutEverywhere")} />
      </section>
    </div>
  );
}
