import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { MIN_PASSWORD } from "./schema";

// The account page's forms (shared by the forms and their actions).
export const ZAccountNameSchema = z.object({
  name: z.string().trim().max(200, "errors.tooLong").min(1, "errors.required"),
});
export type TAccountName = z.output<typeof ZAccountNameSchema>;

export const ZChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "errors.required").max(200, "errors.tooLong"),
    password: z.string().min(MIN_PASSWORD, "auth.passwordTooShort").max(200, "errors.tooLong"),
    passwordConfirm: z.string().max(200, "errors.tooLong"),
  })
  .refine((v) => v.password === v.passwordConfirm, {
    message: "auth.passwordsDiffer",
    path: ["passwordConfirm"],
  });
export type TChangePassword = z.output<typeof ZChangePasswordSchema>;

export const ZAccountLanguageSchema = z.object({ language: z.enum(LOCALES) });
export type TAccountLanguage = z.output<typeof ZAccountLanguageSchema>;

/** The mails a user may turn off; invitations and password resets are always sent. */
export const ZMailPreferencesSchema = z.object({
  mailRmaStatus: z.boolean(),
  mailWarrantyStatus: z.boolean(),
  mailInvoiceReminders: z.boolean(),
});
export type TMailPreferences = z.output<typeof ZMailPreferencesSchema>;
