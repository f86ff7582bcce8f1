import {
  Body,
  Button,
  Container,
  Head,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { CSSProperties, ReactElement, ReactNode } from "react";
import type { TLocale } from "@/lib/i18n/locales";
import type { TTranslate as TNamespaceTranslate } from "@/lib/i18n/translate";

// The frame every portal mail shares: brand, greeting, content, footer. All wording comes
// through `t` (the recipient's language); every value is rendered as text, so React escapes it.
export type TTranslate = TNamespaceTranslate<"email">;
export type TTemplateProps<D> = { t: TTranslate; language: TLocale; data: D };
export type TEmailDefinition<D> = {
  subject: (t: TTranslate, data: D) => string;
  Component: (props: TTemplateProps<D>) => ReactElement;
};

const styles = {
  body: { backgroundColor: "#f1f5f9", fontFamily: "Arial, Helvetica, sans-serif", color: "#0f172a" },
  container: {
    backgroundColor: "#ffffff",
    margin: "24px auto",
    padding: "24px 32px",
    maxWidth: "560px",
    borderRadius: "8px",
  },
  brand: { fontSize: "18px", fontWeight: "bold", color: "#1d4ed8", margin: "0 0 16px" },
  text: { fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" },
  small: {
    fontSize: "13px",
    lineHeight: "18px",
    color: "#475569",
    margin: "0 0 12px",
    wordBreak: "break-all",
  },
  button: {
    backgroundColor: "#1d4ed8",
    color: "#ffffff",
    padding: "12px 20px",
    borderRadius: "4px",
    fontSize: "15px",
    textDecoration: "none",
  },
  footer: { fontSize: "12px", lineHeight: "16px", color: "#64748b", margin: "0" },
} satisfies Record<string, CSSProperties>;

export function EmailLayout({
  t,
  language,
  preview,
  name,
  children,
}: {
  t: TTranslate;
  language: TLocale;
  preview: string;
  name: string;
  children: ReactNode;
}) {
  return (
    <Html lang={language}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{t("layout.brand")}</Text>
          <Text style={styles.text}>{t("layout.greeting", { name })}</Text>
          {children}
          <Hr />
          <Text style={styles.footer}>{t("layout.footer")}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.text}>{children}</Text>;
}

/** The main link as a button, with the address written out for mail clients that hide buttons. */
export function ActionButton({ t, href, label }: { t: TTranslate; href: string; label: string }) {
  return (
    <>
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={href} style={styles.button}>
          {label}
        </Button>
      </Section>
      <Text style={styles.small}>
        {t("layout.linkFallback")} <Link href={href}>{href}</Link>
      </Text>
    </>
  );
}

export function DocumentLink({ href, label }: { href: string; label: string }) {
  return (
    <Text style={{ ...styles.text, margin: "0 0 6px" }}>
      <Link href={href}>{label}</Link>
    </Text>
  );
}
