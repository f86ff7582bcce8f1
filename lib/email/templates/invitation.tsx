import { ActionButton, EmailLayout, Paragraph, type TEmailDefinition } from "./email-layout";

// Account invitation: a new dealer user sets a password through a one-time link.
export type TInvitationData = { name: string; url: string; customerName: string };

export const invitationEmail: TEmailDefinition<TInvitationData> = {
  subject: (t) => t("invitation.subject"),
  Component: ({ t, language, data }) => (
    <EmailLayout
      t={t}
      language={language}
      name={data.name}
      preview={t("invitation.intro", { customerName: data.customerName })}
    >
      <Paragraph>{t("invitation.intro", { customerName: data.customerName })}</Paragraph>
      <ActionButton t={t} href={data.url} label={t("invitation.action")} />
      <Paragraph>{t("invitation.validity")}</Paragraph>
    </EmailLayout>
  ),
};
