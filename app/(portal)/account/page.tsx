import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { pageTitle } from "@/components/layout/page-title";
import { getAccountSecurity } from "@/lib/auth/account";
import { currentSessionId, requireDealer } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { DealerViewAccountNotice } from "../dealer-view-banner";
import { LanguageForm, MailPreferencesForm, NameForm, PasswordForm } from "./account-forms";
import { SignOutEverywhereButton } from "./sign-out-everywhere-button";
import { TwoFactorSetup } from "./two-factor-setup";

export const generateMetadata = pageTitle("auth.accountTitle");

// The dealer's own account: name, password, language, e-mails, the second step of signing in,
// the open sessions, and for the company's admin the way to its users.
export default async function AccountPage() {
  const dealer = await requireDealer();
  if (dealer.viewedBy) return <DealerViewAccountNotice />;
  const [t, ta, rawLocale, sessionId] = await Promise.all([
    getTranslations("auth"),
    getTranslations("account"),
    getLocale(),
    currentSessionId(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const security = await getAccountSecurity(dealer.userId, sessionId);
  return (
    <ClientMessages namespaces={["account", "auth", "errors"]}>
      <div className="flex max-w-3xl flex-col gap-6">
        <div>
          <h1 className="text-2xl font-semibold">{t("accountTitle")}</h1>
          <p className="text-sm text-slate-700">{ta("intro")}</p>
        </div>
        {security.companyAdmin ? (
          <section
            aria-labelledby="company-users"
            className="flex flex-col gap-2 rounded-lg border bg-white p-5"
          >
            <h2 id="company-users" className="font-semibold">
              {ta("companyUsersTitle")}
            </h2>
            <p className="text-sm">{ta("companyUsersText", { company: dealer.company.name })}</p>
            <Link href="/company/users" className="text-sm font-medium text-brand-700 underline">
              {ta("companyUsersLink")}
            </Link>
          </section>
        ) : null}
        <section
          aria-labelledby="account-name-title"
          className="flex flex-col gap-3 rounded-lg border bg-white p-5"
        >
          <h2 id="account-name-title" className="font-semibold">
            {ta("nameTitle")}
          </h2>
          <NameForm name={security.name} />
        </section>
        <section
          aria-labelledby="password-title"
          className="flex flex-col gap-3 rounded-lg border bg-white p-5"
        >
          <h2 id="password-title" className="font-semibold">
            {ta("passwordTitle")}
          </h2>
          <PasswordForm />
        </section>
        <section
          aria-labelledby="language-title"
          className="flex flex-col gap-3 rounded-lg border bg-white p-5"
        >
          <h2 id="language-title" className="font-semibold">
            {ta("languageTitle")}
          </h2>
          <LanguageForm language={security.language ?? locale} />
        </section>
        <section aria-labelledby="mail-title" className="flex flex-col gap-3 rounded-lg border bg-white p-5">
          <h2 id="mail-title" className="font-semibold">
            {ta("mailTitle")}
          </h2>
          <p className="text-sm text-slate-700">{ta("mailIntro")}</p>
          <MailPreferencesForm values={security.mail} />
        </section>
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
    </ClientMessages>
  );
}
