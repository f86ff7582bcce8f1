import { z } from "zod";

// The company users page's forms (shared by the forms and the actions). The company is never
// in the input: a dealer admin acts on the session's own company.
export const USER_LANGUAGES = ["nl", "fr", "en", "de"] as const;

export const ZInviteColleagueSchema = z.object({
  email: z.string().trim().toLowerCase().max(320, "errors.tooLong").email("errors.invalidEmail"),
  name: z.string().trim().max(200, "errors.tooLong").min(1, "errors.required"),
  language: z.enum(USER_LANGUAGES),
});
export type TInviteColleague = z.output<typeof ZInviteColleagueSchema>;

export const ZColleagueSchema = z.object({ userId: z.coerce.number().int().positive() });
export type TColleague = z.output<typeof ZColleagueSchema>;

export const ZColleagueActiveSchema = ZColleagueSchema.extend({ active: z.boolean() });
export type TColleagueActive = z.output<typeof ZColleagueActiveSchema>;

export const ZColleagueAdminSchema = ZColleagueSchema.extend({ admin: z.boolean() });
export type TColleagueAdmin = z.output<typeof ZColleagueAdminSchema>;
