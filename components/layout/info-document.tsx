import "server-only";
import { getMessages, getTranslations } from "next-intl/server";

type TSection = { heading: string; body: string };

// One information page (terms, warranty manual) from the "info" messages, in the user's language.
export async function InfoDocument({ name }: { name: "terms" | "manual" }) {
  const t = await getTranslations("info");
  const sections: Array<[string, TSection]> = Object.entries((await getMessages()).info[name].sections);
  return (
    <article className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-semibold">{t(`${name}.title`)}</h1>
      <p className="text-slate-700">{t(`${name}.intro`)}</p>
      {sections.map(([key, section]) => (
        <section key={key} aria-labelledby={`section-${key}`} className="flex flex-col gap-1">
          <h2 id={`section-${key}`} className="text-lg font-semibold">
            {section.heading}
          </h2>
          <p>{section.body}</p>
        </section>
      ))}
    </article>
  );
}

export async function infoTitle(name: "terms" | "manual"): Promise<string> {
  const t = await getTranslations("info");
  return t(`${name}.title`);
}
