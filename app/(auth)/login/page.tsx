import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Alert } from "@/components/ui/alert";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("loginTitle") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const t = await getTranslations("auth");
  const callbackUrl = safeCallbackPath(params.callbackUrl, "");
  return (
    <ClientMessages namespaces={["auth", "errors"]}>
      <div className="flex flex-col gap-5">
        <h1 className="text-2xl font-semibold">{t("loginTitle")}</h1>
        {params.passwordSet ? <Alert tone="success">{t("passwordSet")}</Alert> : null}
        <p className="text-sm text-slate-700">{t("loginIntro")}</p>
        {callbackUrl ? <p className="text-xs text-slate-600">{t("shopHint")}</p> : null}
        <LoginForm callbackUrl={callbackUrl} />
        <Link href="/reset-password" className="text-sm text-brand-700 underline">
          {t("forgotPassword")}
        </Link>
      </div>
    </ClientMessages>
  );
}
