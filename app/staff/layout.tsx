import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PortalHeader } from "@/components/layout/portal-header";
import { requireStaff } from "@/lib/auth/session";
import { pickNamespaces, STAFF_CLIENT_NAMESPACES } from "@/lib/i18n/messages";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireStaff();
  const [t, tg, tc, ts, tss, messages] = await Promise.all([
    getTranslations("staff.nav"),
    getTranslations("goodsIn"),
    getTranslations("common"),
    getTranslations("search"),
    getTranslations("staffSearch"),
    getMessages(),
  ]);
  const nav = [
    { href: "/staff", label: t("overview") },
    { href: "/staff/customers", label: t("customers") },
    { href: "/staff/returns", label: t("returns") },
    { href: "/staff/goods-in", label: tg("nav") },
    { href: "/staff/warranty", label: t("warranty") },
    { href: "/staff/orders", label: t("orders") },
    { href: "/staff/settings", label: t("settings") },
    { href: "/staff/audit", label: t("audit") },
    { href: "/staff/outbox", label: t("outbox") },
    { href: "/staff/erp", label: t("erp") },
  ];
  return (
    <>
      <PortalHeader
        title={tc("staffDashboard")}
        subtitle={staff.name}
        nav={nav}
        search={{
          action: "/staff/search",
          label: tss("label"),
          placeholder: ts("placeholder"),
          submit: ts("submit"),
        }}
      />
      <main id="main" className="mx-auto max-w-screen-2xl px-6 py-6">
        <NextIntlClientProvider messages={pickNamespaces(messages, STAFF_CLIENT_NAMESPACES)}>
          {children}
        </NextIntlClientProvider>
      </main>
    </>
  );
}
