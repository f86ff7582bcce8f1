import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { MIN_PASSWORD } from "@/lib/auth/schema";
import { SetPasswordForm } from "./set-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("setPasswordTitle") };
}

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth", "errors"]}>
      <div className="flex flex-col gap-5">
        <h1 className="text-2xl font-semibold">{t("setPasswordTitle")}</h1>
        <p className="text-sm text-slate-700">{t("setPasswordIntro", { min: MIN_PASSWORD })}</p>
        <SetPasswordForm token={token} />
      </div>
    </ClientMessages>
  );
}
