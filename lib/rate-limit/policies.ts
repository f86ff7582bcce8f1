// Every rate limit of the portal, in one list: how many requests one key may make per window.
// Keys: a normalised e-mail address (account), the client's IP address, or an ERP token id.
export type TRateLimitPolicy = { limit: number; windowSeconds: number };

export const RATE_LIMIT_POLICIES = {
  // Failed sign-ins (a successful one is given back): 5 per account, 30 per address, 15 minutes.
  "login-account": { limit: 5, windowSeconds: 15 * 60 },
  "login-ip": { limit: 30, windowSeconds: 15 * 60 },
  // Reset mails: each request is counted, so a flood queues no more than this many mails.
  "password-reset-account": { limit: 3, windowSeconds: 60 * 60 },
  "password-reset-ip": { limit: 20, windowSeconds: 60 * 60 },
  // Wrong second-factor codes per account (a right one is given back).
  "totp-code": { limit: 5, windowSeconds: 15 * 60 },
  // Requests of one ERP token (documented in the OpenAPI document).
  "erp-token": { limit: 60, windowSeconds: 60 },
} as const satisfies Record<string, TRateLimitPolicy>;

export type TRateLimitPolicyName = keyof typeof RATE_LIMIT_POLICIES;
