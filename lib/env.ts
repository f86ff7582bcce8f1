import "server-only";
import { z } from "zod";

// The environment, validated once at start. Everything optional has a safe default for the
// embedded demo; production (NODE_ENV=production with DATABASE_URL) must bring its own secret.
const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default(".data/pglite"),
  AUTH_SECRET: z.string().min(32).optional(),
  // Unset: the address `npm start` serves on (PORT). A production start on PostgreSQL must set it
  // (scripts/start.mjs refuses to start without it): e-mail links go to this host.
  APP_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().max(65535).default(3000),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Dealer portal <portal@example.com>"),
  UPLOADTHING_TOKEN: z.string().optional(),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  SESSION_DEALER_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60),
  SESSION_DEALER_MAX_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .max(30 * 24)
    .default(14 * 24),
  SESSION_STAFF_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  SESSION_STAFF_MAX_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .max(30 * 24)
    .default(12),
  // Development and tests only: lets a production build post webhooks to localhost, 127.0.0.1 or
  // [::1] (the e2e receiver). Unset in production: loopback is refused like any internal address.
  WEBHOOKS_TO_LOOPBACK: z.enum(["allow"]).optional(),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
});

export type TEnv = Omit<z.infer<typeof ZEnvSchema>, "APP_URL"> & { APP_URL: string };

export function readEnv(source: Record<string, string | undefined>): TEnv {
  const parsed = ZEnvSchema.parse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  return { ...parsed, APP_URL: parsed.APP_URL ?? `http://localhost:${parsed.PORT}` };
}

export const env: TEnv = readEnv(process.env);
