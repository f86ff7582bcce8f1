import { getTranslations } from "next-intl/server";
import { PortalHeader } from "@/components/layout/portal-header";
import { requireStaff } from "@/lib/auth/session";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireStaff();
  const [t, tc] = await Promise.all([getTranslations("staff"), getTranslations("common")]);
  const nav = [
    { href: "/staff", label: t.has("nav.overview") ? t("nav.overview") : tc("staffDashboard") },
    { href: "/staff/outbox", label: t.has("nav.outbox") ? t("nav.outbox") : "Outbox" },
  ];
  return (
    <>
      <PortalHeader title={tc("staffDashboard")} subtitle={staff.name} nav={nav} />
      <main id="main" className="mx-auto max-w-screen-2xl px-6 py-6">{children}</main>
    </>
  );
}
