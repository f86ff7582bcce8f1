import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { ClientMessages } from "@/components/layout/client-messages";
import { pageTitle } from "@/components/layout/page-title";
import {
  reinviteColleagueAction,
  setColleagueActiveAction,
  setColleagueAdminAction,
} from "@/lib/company/actions";
import { listCompanyUsers, requireCompanyAdmin } from "@/lib/company/queries";
import { formatDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { InviteForm } from "./invite-form";

export const generateMetadata = pageTitle("account.companyUsersTitle");

const LANGUAGE_NAMES = { nl: "Nederlands", fr: "Français", en: "English", de: "Deutsch" } as const;

// The company admin's page: the company's portal users, inviting, deactivating, inviting again
// and who else is admin. Anyone but the company's active admin gets a 404.
export default async function CompanyUsersPage() {
  const dealer = await requireCompanyAdmin();
  const [t, rawLocale, users] = await Promise.all([
    getTranslations("company"),
    getLocale(),
    listCompanyUsers(dealer.customerId),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const company = dealer.company.name;
  return (
    <ClientMessages namespaces={["company", "errors"]}>
      <div className="flex max-w-5xl flex-col gap-6">
        <div>
          <h1 className="text-2xl font-semibold">{t("title", { company })}</h1>
          <p className="text-sm text-slate-700">{t("intro", { company })}</p>
        </div>
        <section className="rounded-lg border bg-white p-3 sm:p-5">
          <ul className="flex flex-col divide-y divide-slate-100" aria-label={t("title", { company })}>
            {users.map((u) => {
              const self = u.id === dealer.userId;
              return (
                <li
                  key={u.id}
                  data-testid={`colleague-${u.email}`}
                  className="flex flex-col gap-2 py-3 md:flex-row md:items-start md:justify-between"
                >
                  <div className="min-w-0 text-sm">
                    <p className="font-medium">
                      {u.name} {self ? <span className="text-slate-600">{t("you")}</span> : null}
                      {u.companyAdmin ? (
                        <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
                          {t("isAdmin")}
                        </span>
                      ) : null}
                    </p>
                    <p className="break-all text-slate-700">{u.email}</p>
                    <p className="text-slate-600">
                      {u.language ? LANGUAGE_NAMES[u.language] : "–"} ·{" "}
                      {!u.active
                        ? t("statusInactive")
                        : u.passwordSet
                          ? t("statusActive")
                          : t("statusInvited")}
                      {u.lastLoginAt
                        ? ` · ${t("columns.lastLogin")}: ${formatDate(u.lastLoginAt, locale, { calendarDate: false })}`
                        : null}
                    </p>
                  </div>
                  {self ? null : (
                    <div className="flex flex-wrap gap-2">
                      {u.active ? (
                        <>
                          <ActionButton
                            action={reinviteColleagueAction}
                            input={{ userId: u.id }}
                            label={t("reinvite")}
                          />
                          <ActionButton
                            action={setColleagueAdminAction}
                            input={{ userId: u.id, admin: !u.companyAdmin }}
                            label={u.companyAdmin ? t("revokeAdmin") : t("makeAdmin")}
                          />
                          <ActionButton
                            action={setColleagueActiveAction}
                            input={{ userId: u.id, active: false }}
                            label={t("deactivate")}
                            variant="danger"
                            confirm={t("deactivateConfirm", { name: u.name })}
                          />
                        </>
                      ) : (
                        <ActionButton
                          action={reinviteColleagueAction}
                          input={{ userId: u.id }}
                          label={t("reactivate")}
                        />
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-labelledby="invite-title" className="rounded-lg border bg-white p-3 sm:p-5">
          <h2 id="invite-title" className="mb-3 font-semibold">
            {t("inviteTitle")}
          </h2>
          <InviteForm language={locale} />
        </section>
      </div>
    </ClientMessages>
  );
}
