import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { PageTitle } from "../../_components/page-title";
import { CustomerForm } from "../customer-form";

export default async function NewCustomerPage() {
  await requireStaff();
  const t = await getTranslations("staff.customers");
  return (
    <>
      <PageTitle title={t("new")} back={{ href: "/staff/customers", label: t("title") }} />
      <CustomerForm />
    </>
  );
}
