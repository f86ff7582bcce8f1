import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { renderEmail, type TEmailData, type TEmailTemplate } from "./render";
import type { TTranslate } from "./templates/email-layout";

// Every mail renders in every language, with real wording and escaped user values.
const SAMPLES: { [K in TEmailTemplate]: TEmailData[K] } = {
  invitation: {
    name: "Jan Peeters",
    url: "https://portal.test/set-password/abc",
    customerName: "Garage Dupont",
  },
  "password-reset": { name: "Jan Peeters", url: "https://portal.test/set-password/def" },
  "rma-confirmation": {
    name: "Jan Peeters",
    rmaNumber: "IRM2600001",
    lineCount: 3,
    statusUrl: "https://portal.test/returns?rma=IRM2600001",
    formPdfUrl: "https://portal.test/returns/IRM2600001/form.pdf",
    labelPdfUrl: "https://portal.test/returns/IRM2600001/label.pdf",
  },
  "rma-status": {
    name: "Jan Peeters",
    rmaNumber: "IRM2600001",
    status: "INVOICED",
    statusUrl: "https://portal.test/returns",
  },
  "warranty-confirmation": {
    name: "Jan Peeters",
    claimNumber: "MAS00000004",
    articleNumber: "GT1749V-454231",
    claimUrl: "https://portal.test/warranty",
    claimPdfUrl: "https://portal.test/warranty/MAS00000004/claim.pdf",
  },
  "warranty-status": {
    name: "Jan Peeters",
    claimNumber: "MAS00000004",
    status: "AWARDED",
    claimUrl: "https://portal.test/warranty",
  },
};
const TEMPLATES = Object.keys(SAMPLES) as TEmailTemplate[];
const MISSING_KEY = /email\.[a-zA-Z]+\./;

describe("renderEmail", () => {
  it.each(TEMPLATES)("renders %s in every language with its own subject", async (template) => {
    const subjects = new Set<string>();
    for (const language of LOCALES) {
      const mail = await renderEmail(template, language, SAMPLES[template] as never);
      expect(mail.subject).not.toMatch(MISSING_KEY);
      expect(mail.html).not.toMatch(MISSING_KEY);
      expect(mail.text).not.toMatch(MISSING_KEY);
      expect(mail.html).toContain(`lang="${language}"`);
      expect(mail.text).toContain("Jan Peeters");
      expect(mail.text).not.toContain("<");
      subjects.add(mail.subject);
    }
    expect(subjects.size).toBe(LOCALES.length);
  });

  it("puts every document link of an RMA in the mail, and leaves out a missing label", async () => {
    const withLabel = await renderEmail("rma-confirmation", "nl", SAMPLES["rma-confirmation"]);
    expect(withLabel.html).toContain("https://portal.test/returns/IRM2600001/form.pdf");
    expect(withLabel.html).toContain("https://portal.test/returns/IRM2600001/label.pdf");
    expect(withLabel.text).toContain("3 regels");
    const withoutLabel = await renderEmail("rma-confirmation", "en", {
      ...SAMPLES["rma-confirmation"],
      labelPdfUrl: undefined,
      lineCount: 1,
    });
    expect(withoutLabel.html).not.toContain("label.pdf");
    expect(withoutLabel.text).toContain("1 line.");
  });

  it("gives the plain-text part react-email's own plain-text rendering of the same mail, for every mail and language", async () => {
    // renderEmail renders once and converts the HTML with a converter compiled once; the text
    // must be what render(…, { plainText: true }) gives, word for word.
    const { render } = await import("@react-email/components");
    const { createElement } = await import("react");
    const { createTranslator } = await import("next-intl");
    const { loadMessages } = await import("@/lib/i18n/messages");
    const { rmaConfirmationEmail } = await import("./templates/rma-confirmation");
    for (const language of LOCALES) {
      const translate = createTranslator({
        locale: language,
        messages: await loadMessages(language),
        namespace: "email",
      });
      const t: TTranslate = (key, values) => translate(key as never, values as never);
      const data = SAMPLES["rma-confirmation"];
      const element = createElement(rmaConfirmationEmail.Component, { t, language, data });
      const expected = await render(element, { plainText: true });
      expect((await renderEmail("rma-confirmation", language, data)).text).toBe(expected);
    }
  });

  it("names the new status in the subject", async () => {
    const mail = await renderEmail("warranty-status", "de", {
      ...SAMPLES["warranty-status"],
      status: "REFUSED",
    });
    expect(mail.subject).toBe("Garantieantrag MAS00000004: abgelehnt");
  });

  it("escapes HTML and script in user-supplied values", async () => {
    const name = `<script>alert("x")</script><b>Bob</b>`;
    const mail = await renderEmail("invitation", "fr", {
      name,
      url: "https://portal.test/x",
      customerName: "<img src=x onerror=alert(1)>",
    });
    expect(mail.html).not.toContain("<script>alert");
    expect(mail.html).not.toContain("<b>Bob");
    expect(mail.html).not.toContain("<img src=x");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
