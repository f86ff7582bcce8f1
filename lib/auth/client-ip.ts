import "server-only";

/** The visitor's address as the load balancer reports it; the key of the per-address rate limits. */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
