import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import type { TLocale } from "@/lib/i18n/locales";
import { getStaffOverview, type TAgeBuckets } from "@/lib/staff/overview/queries";
import { PageTitle } from "./_components/page-title";
import { ReasonChart } from "./_overview/reason-chart";

export default async function StaffOverviewPage() {
  await requireStaff();
  const [t, locale, overview] = await Promise.all([
    getTranslations("staff.overview"),
    getLocale(),
    getStaffOverview(),
  ]);
  const days = (value: number | null) => (value === null ? "–" : t("days", { count: value }));
  const ageTable = (testId: string, title: string, href: string, buckets: TAgeBuckets) => (
    <section data-testid={testId} className="rounded-lg border bg-white p-5">
      <h2 className="mb-2 font-semibold">
        <Link href={href} className="text-brand-700 underline">
          {title}
        </Link>
      </h2>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col">{t("age")}</th>
            <th scope="col" className="text-right">
              {t("count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ["age0to7", buckets.days0to7],
              ["age8to30", buckets.days8to30],
              ["ageOver30", buckets.over30],
            ] as const
          ).map(([key, value]) => (
            <tr key={key} className="border-t border-slate-100">
              <th scope="row" className="py-1 text-left font-normal">
                {t(key)}
              </th>
              <td className="text-right tabular-nums">{value}</td>
            </tr>
          ))}
          <tr className="border-t font-semibold">
            <th scope="row" className="py-1 text-left">
              {t("total")}
            </th>
            <td className="text-right tabular-nums">
              {buckets.days0to7 + buckets.days8to30 + buckets.over30}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
  return (
    <div className="flex flex-col gap-6">
      <PageTitle title={t("title")} />
      <div className="grid gap-4 md:grid-cols-3">
        {ageTable("staff-open-rmas", t("openRmas"), "/staff/returns", overview.rmas)}
        {ageTable("staff-open-claims", t("openClaims"), "/staff/warranty", overview.claims)}
        <section className="rounded-lg border bg-white p-5">
          <h2 className="mb-2 font-semibold">{t("handlingTime")}</h2>
          <dl className="grid grid-cols-[1fr_auto] gap-1 text-sm">
            <dt>{t("rmaHandling")}</dt>
            <dd className="tabular-nums">{days(overview.handling.rmaDays)}</dd>
            <dt>{t("claimHandling")}</dt>
            <dd className="tabular-nums">{days(overview.handling.claimDays)}</dd>
            <dt>
              <Link href="/staff/outbox" className="text-brand-700 underline">
                {t("pendingMail")}
              </Link>
            </dt>
            <dd data-testid="staff-pending-mail" className="tabular-nums">
              {overview.pendingMail}
            </dd>
          </dl>
        </section>
      </div>
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-3 font-semibold">{t("byReason")}</h2>
        <ReasonChart
          reasons={overview.reasons}
          locale={locale as TLocale}
          labels={{
            reason: t("reason"),
            lines: t("lines"),
            quantity: t("quantity"),
            caption: t("byReasonCaption"),
            empty: t("noReturns"),
          }}
        />
      </section>
    </div>
  );
}
