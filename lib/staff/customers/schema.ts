import { z } from "zod";

// Staff forms for customers and their portal users (shared by the forms and the actions).
export const LANGUAGES = ["nl", "fr", "en", "de"] as const;
export const CARRIERS = ["NIGHT_CARRIER", "PARCEL_SERVICE", "OWN_TRANSPORT"] as const;

const text = (max: number) => z.string().trim().max(max, "errors.tooLong");

export const ZCreateCustomerSchema = z.object({
  erpNumber: text(20)
    .min(1, "errors.required")
    .regex(/^[A-Za-z0-9-]+$/, "staff.customers.erpNumberFormat"),
  name: text(200).min(1, "errors.required"),
  language: z.enum(LANGUAGES),
  street: text(200).default(""),
  postalCode: text(20).default(""),
  city: text(100).default(""),
  country: text(2).default("NL"),
});
export type TCreateCustomer = z.output<typeof ZCreateCustomerSchema>;

export const ZCustomerSettingsSchema = z.object({
  customerId: z.coerce.number().int().positive(),
  carrier: z.enum(CARRIERS),
  specialOrderReturnsAllowed: z.boolean(),
  language: z.enum(LANGUAGES),
});
export type TCustomerSettings = z.infer<typeof ZCustomerSettingsSchema>;

export const ZCreateUserSchema = z.object({
  customerId: z.coerce.number().int().positive(),
  email: z.string().trim().toLowerCase().max(320, "errors.tooLong").email("errors.invalidEmail"),
  name: text(200).min(1, "errors.required"),
  language: z.enum(LANGUAGES),
});
export type TCreateUser = z.output<typeof ZCreateUserSchema>;

export const ZUserIdSchema = z.object({ userId: z.coerce.number().int().positive() });
export const ZSetUserActiveSchema = ZUserIdSchema.extend({ active: z.boolean() });
export type TUserId = z.output<typeof ZUserIdSchema>;
export type TSetUserActive = z.output<typeof ZSetUserActiveSchema>;
export const ZSetUserAdminSchema = ZUserIdSchema.extend({ admin: z.boolean() });
export type TSetUserAdmin = z.output<typeof ZSetUserAdminSchema>;
