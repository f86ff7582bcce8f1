import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { env } from "@/lib/env";
import type { TMessageKey } from "@/lib/i18n/message-keys";

// Where a webhook may point (docs/erp-api.md "Webhooks", URL rules). Checked when staff save
// the URL and again before every delivery (DNS can change); the delivery then connects to the
// very address that was checked (lib/erp/webhooks/http-post.ts), so a DNS rebind between the
// check and the connection cannot reach an internal address.
//
// - https only; plain http only to loopback by name (localhost, 127.0.0.1, [::1]) for
//   development and tests. Those three hosts are the one exception to the address rule, and
//   only where the rule is not enforced (not in production).
// - no user name or password in the URL.
// - an IP literal must be a public unicast address (ipaddr.js's range "unicast"): private,
//   link-local, loopback, CGNAT, multicast, unspecified, reserved, IPv4-mapped/translated
//   IPv6 forms of those (ipaddr.process unwraps ::ffff:a.b.c.d) are refused, in every mode.
// - a host name must resolve only to such addresses when the address rule is enforced:
//   in production (NODE_ENV=production), or when a caller (a test) asks for it.
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
export const WEBHOOK_URL_MAX = 2000;

export type TLookup = (hostname: string) => Promise<{ address: string; family: number }[]>;
export type TUrlPolicy = { enforcePublic?: boolean; lookup?: TLookup };
export type TResolvedTarget = { url: URL; address: string | null; family: number | null };

export class WebhookUrlError extends Error {
  constructor(readonly messageKey: TMessageKey) {
    super(messageKey);
    this.name = "WebhookUrlError";
  }
}

const systemLookup: TLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Whether an address (IPv4 or IPv6 text) is public unicast. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

/** The URL's own rules, no DNS: a parsed URL or a WebhookUrlError. */
export function parseWebhookUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookUrlError("erpWebhooks.url.invalid");
  }
  if (text.length > WEBHOOK_URL_MAX) throw new WebhookUrlError("erpWebhooks.url.invalid");
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    throw new WebhookUrlError("erpWebhooks.url.httpsOnly");
  if (url.username || url.password) throw new WebhookUrlError("erpWebhooks.url.credentials");
  const literal = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!loopback && ipaddr.isValid(literal) && !isPublicAddress(literal))
    throw new WebhookUrlError("erpWebhooks.url.privateAddress");
  return url;
}

/**
 * The URL's rules and, when enforced, its host's addresses: the address to connect to (null:
 * let the connection resolve, only when the rule is not enforced and no lookup was given).
 */
export async function resolveWebhookTarget(text: string, policy: TUrlPolicy = {}): Promise<TResolvedTarget> {
  const url = parseWebhookUrl(text);
  const enforce = policy.enforcePublic ?? process.env.NODE_ENV === "production";
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  // Note: the loopback hosts are for development and tests; in production they are the portal's
  // own machine, refused like any other internal address (unless WEBHOOKS_TO_LOOPBACK=allow, e2e).
  const loopbackAllowed = !enforce || env.WEBHOOKS_TO_LOOPBACK === "allow";
  if (LOOPBACK_HOSTS.has(url.hostname) && !loopbackAllowed)
    throw new WebhookUrlError("erpWebhooks.url.privateAddress");
  if (ipaddr.isValid(host))
    return { url, address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 };
  if (!enforce && !policy.lookup) return { url, address: null, family: null };
  let addresses: { address: string; family: number }[];
  try {
    addresses = await (policy.lookup ?? systemLookup)(host);
  } catch {
    throw new WebhookUrlError("erpWebhooks.url.unresolvable");
  }
  if (addresses.length === 0) throw new WebhookUrlError("erpWebhooks.url.unresolvable");
  if (enforce && !LOOPBACK_HOSTS.has(url.hostname) && !addresses.every((a) => isPublicAddress(a.address)))
    throw new WebhookUrlError("erpWebhooks.url.privateAddress");
  const [first] = addresses;
  return { url, address: first!.address, family: first!.family };
}
