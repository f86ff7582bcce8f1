import { ActionButton, EmailLayout, Paragraph, type TEmailDefinition } from "./email-layout";

// Forgotten password: a one-time link to set a new one.
export type TPasswordResetData = { name: string; url: string };

export const passwordResetEmail: TEmailDefinition<TPasswordResetData> = {
  subject: (t) => t("passwordReset.subject"),
  Component: ({ t, language, data }) => (
    <EmailLayout t={t} language={language} name={data.name} preview={t("passwordReset.intro")}>
      <Paragraph>{t("passwordReset.intro")}</Paragraph>
      <ActionButton t={t} href={data.url} label={t("passwordReset.action")} />
      <Paragraph>{t("passwordReset.validity")}</Paragraph>
      <Paragraph>{t("passwordReset.ignore")}</Paragraph>
    </EmailLayout>
  ),
};
