import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { GridUserScope } from "@/components/data-grid/grid-scope";
import { PortalHeader } from "@/components/layout/portal-header";
import { RouteFocus } from "@/components/layout/route-focus";
import { requireDealer } from "@/lib/auth/session";
import { isPhoneRequest } from "@/lib/http/phone-hint";
import { DealerViewBanner } from "./dealer-view-banner";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const dealer = await requireDealer();
  const [t, tc, ts, requestHeaders] = await Promise.all([
    getTranslations("home"),
    getTranslations("common"),
    getTranslations("search"),
    headers(),
  ]);
  const customer = dealer.company;
  const nav = [
    { href: "/", label: tc("home") },
    { href: "/returns/new", label: t("returnsNew") },
    { href: "/returns", label: t("returns") },
    { href: "/warranty/new", label: t("warrantyNew") },
    { href: "/warranty", label: t("warranty") },
    { href: "/orders/open", label: t("ordersOpen") },
    { href: "/invoices/unpaid", label: t("invoicesUnpaid") },
    { href: "/account", label: tc("account") },
  ];
  return (
    <>
      <DealerViewBanner dealer={dealer} />
      <PortalHeader
        title={tc("appName")}
        subtitle={`${customer.name} · ${tc("customerNumber")} ${customer.erpNumber} · ${dealer.name}`}
        nav={nav}
        search={{
          action: "/search",
          label: ts("label"),
          placeholder: ts("placeholder"),
          submit: ts("submit"),
        }}
      />
      <main id="main" className="mx-auto max-w-screen-2xl px-3 py-4 sm:px-6 sm:py-6">
        <GridUserScope user={String(dealer.userId)} phone={isPhoneRequest(requestHeaders)}>
          {children}
        </GridUserScope>
      </main>
      <RouteFocus />
    </>
  );
}
