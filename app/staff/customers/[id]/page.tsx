import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { requireStaff } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import {
  endUserSessionsAction,
  resendInvitationAction,
  setUserActiveAction,
  setUserAdminAction,
} from "@/lib/staff/customers/actions";
import { getCustomerForStaff } from "@/lib/staff/customers/queries";
import { AuditTimeline } from "../../_components/audit-timeline";
import { PageTitle } from "../../_components/page-title";
import { ViewAsDealerButton } from "../../_components/view-as-dealer-button";
import { CustomerSettingsForm } from "./settings-form";
import { UserForm } from "./user-form";

export default async function StaffCustomerPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const customer = /^\d{1,9}$/.test(id) ? await getCustomerForStaff(Number(id)) : null;
  if (!customer) notFound();
  const [t, tc, locale] = await Promise.all([
    getTranslations("staff"),
    getTranslations("company"),
    getLocale() as Promise<TLocale>,
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle
        title={`${customer.erpNumber} · ${customer.name}`}
        back={{ href: "/staff/customers", label: t("customers.title") }}
      >
        {customer.active ? <ViewAsDealerButton customerId={customer.id} /> : null}
      </PageTitle>
      <p className="text-sm text-slate-700">
        {[customer.street, `${customer.postalCode} ${customer.city}`.trim(), customer.country]
          .filter(Boolean)
          .join(", ")}
      </p>
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-3 font-semibold">{t("customers.settings")}</h2>
        <CustomerSettingsForm
          values={{
            customerId: customer.id,
            carrier: customer.carrier,
            specialOrderReturnsAllowed: customer.specialOrderReturnsAllowed,
            language: customer.language,
          }}
        />
      </section>
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-3 font-semibold">{t("users.title")}</h2>
        <table className="mb-6 w-full text-sm">
          <thead>
            <tr className="border-b text-left">
              {(["name", "email", "language", "status", "lastLogin", "actions"] as const).map((c) => (
                <th key={c} scope="col" className="py-2 pr-3">
                  {t(`users.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {customer.users.map((u) => (
              <tr key={u.id} className="border-b border-slate-100 align-top" data-testid={`user-${u.email}`}>
                <td className="py-2 pr-3">{u.name}</td>
                <td className="pr-3">
                  {u.email}
                  {u.companyAdmin ? (
                    <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
                      {tc("staffAdmin")}
                    </span>
                  ) : null}
                </td>
                <td className="pr-3">{u.language ? t(`languages.${u.language}`) : "–"}</td>
                <td className="pr-3">
                  {!u.active
                    ? t("users.inactive")
                    : u.passwordSet
                      ? t("users.active")
                      : t("users.invitedNotSet")}
                </td>
                <td className="pr-3">{formatDate(u.lastLoginAt, locale, { calendarDate: false })}</td>
                <td className="flex flex-wrap gap-2 py-1">
                  {u.active ? (
                    <>
                      <ActionButton
                        action={resendInvitationAction}
                        input={{ userId: u.id }}
                        label={t("users.resend")}
                      />
                      <ActionButton
                        action={setUserAdminAction}
                        input={{ userId: u.id, admin: !u.companyAdmin }}
                        label={u.companyAdmin ? tc("staffRevokeAdmin") : tc("staffMakeAdmin")}
                      />
                      <ActionButton
                        action={endUserSessionsAction}
                        input={{ userId: u.id }}
                        label={t("users.endSessions")}
                        confirm={t("users.endSessionsConfirm", { name: u.name })}
                      />
                      <ActionButton
                        action={setUserActiveAction}
                        input={{ userId: u.id, active: false }}
                        label={t("users.deactivate")}
                        variant="danger"
                        confirm={t("users.deactivateConfirm", { name: u.name })}
                      />
                    </>
                  ) : (
                    <ActionButton
                      action={setUserActiveAction}
                      input={{ userId: u.id, active: true }}
                      label={t("users.reactivate")}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3 className="mb-2 font-medium">{t("users.new")}</h3>
        <UserForm customerId={customer.id} language={customer.language} />
      </section>
      <AuditTimeline scope={{ customerId: customer.id }} />
    </div>
  );
}
