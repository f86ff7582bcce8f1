import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getPortalSettings, listCarrierRanges, listReturnReasons } from "@/lib/staff/settings/queries";
import { PageTitle } from "../_components/page-title";
import { CarrierRangeForm } from "./carrier-range-form";
import { PortalSettingsForm } from "./portal-settings-form";
import { EditReasonForm, NewReasonForm } from "./reason-form";

export default async function StaffSettingsPage() {
  await requireStaff();
  const [t, tr, reasons, settings, carriers] = await Promise.all([
    getTranslations("staff.settings"),
    getTranslations("rma.staff"),
    listReturnReasons(),
    getPortalSettings(),
    listCarrierRanges(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle title={t("title")} />
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-3 font-semibold">{t("portal")}</h2>
        <PortalSettingsForm values={settings} />
      </section>
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-1 font-semibold">{t("reasons")}</h2>
        <p className="mb-3 text-sm text-slate-600">{t("reasonsHint")}</p>
        {reasons.map(({ id, code, _count, ...r }) => (
          <EditReasonForm
            key={`${id}-${r.labelNl}-${r.active}-${r.sortOrder}-${r.asksForEvidence}`}
            code={code}
            usedBy={_count.rmaLines}
            values={{ reasonId: id, ...r }}
          />
        ))}
        <h3 className="mb-2 mt-4 font-medium">{t("addReason")}</h3>
        <NewReasonForm />
      </section>
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-1 font-semibold">{tr("carriers")}</h2>
        <p className="mb-3 text-sm text-slate-600">{tr("carriersHint")}</p>
        {carriers.map(({ carrier, range }) => (
          <CarrierRangeForm
            key={`${carrier}-${range?.nextValue}-${range?.lastValue}-${range?.name}-${range?.prefix}`}
            values={range ? range : { carrier, name: "", prefix: "", nextValue: 1, lastValue: 999_999 }}
            left={range ? Math.max(0, range.lastValue - range.nextValue + 1) : null}
          />
        ))}
      </section>
    </div>
  );
}
