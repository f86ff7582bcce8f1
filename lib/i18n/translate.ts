import type { MessageKeys, Messages, NestedKeyOf, TranslationValues } from "next-intl";

// Types for translate functions passed around outside next-intl's hooks (e-mails, PDFs, columns),
// over the typed messages of app-config.d.ts, so a wrong key fails to compile.

export type TNamespace = keyof Messages;
export type TMessageKey<NS extends TNamespace> = MessageKeys<Messages[NS], NestedKeyOf<Messages[NS]>>;
export type TTranslate<NS extends TNamespace> = (key: TMessageKey<NS>, values?: TranslationValues) => string;
