import "server-only";
import { env } from "@/lib/env";

/** The RMA's own page, as e-mails link to it (after login the dealer lands there). */
export function rmaPageUrl(rmaNumber: string): string {
  return `${env.APP_URL.replace(/\/$/, "")}/returns/${encodeURIComponent(rmaNumber)}`;
}
