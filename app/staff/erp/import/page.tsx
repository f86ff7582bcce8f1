import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { CsvImportForm } from "./csv-import-form";

export default async function ErpCsvImportPage() {
  await requireStaff();
  const t = await getTranslations("erp.import");
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </header>
      <section className="rounded-lg border bg-white p-5">
        <CsvImportForm />
      </section>
    </div>
  );
}
