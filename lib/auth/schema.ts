import { z } from "zod";

// Shared by the auth forms (react-hook-form) and their server actions.
export const MIN_PASSWORD = 10;

export const ZLoginSchema = z.object({
  email: z.string().trim().min(1, "errors.required").max(320, "errors.tooLong"),
  password: z.string().min(1, "errors.required").max(200, "errors.tooLong"),
  callbackUrl: z.string().max(2000).optional(),
  /** The second step: a TOTP code or a recovery code (staff, and dealers who enrolled). */
  code: z.string().trim().max(40, "errors.tooLong").optional(),
});
export type TLogin = z.infer<typeof ZLoginSchema>;

export const ZResetRequestSchema = z.object({
  email: z.string().trim().email("errors.invalidEmail").max(320, "errors.tooLong"),
});
export type TResetRequest = z.infer<typeof ZResetRequestSchema>;

export const ZSetPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: z.string().min(MIN_PASSWORD, "auth.passwordTooShort").max(200, "errors.tooLong"),
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, {
    message: "auth.passwordsDiffer",
    path: ["passwordConfirm"],
  });
export type TSetPassword = z.infer<typeof ZSetPasswordSchema>;
