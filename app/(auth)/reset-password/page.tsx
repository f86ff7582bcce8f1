import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { ResetRequestForm } from "./reset-request-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

export default async function ResetPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth", "errors"]}>
      <div className="flex flex-col gap-5">
        <h1 className="text-2xl font-semibold">{t("resetTitle")}</h1>
        <p className="text-sm text-slate-700">{t("resetIntro")}</p>
        <ResetRequestForm />
        <Link href="/login" className="text-sm text-brand-700 underline">
          {t("backToLogin")}
        </Link>
      </div>
    </ClientMessages>
  );
}
