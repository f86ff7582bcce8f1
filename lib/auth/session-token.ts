import "server-only";
import { decode } from "next-auth/jwt";
import { resolveAuthSecret } from "./secret";
import { SESSION_COOKIE_NAMES } from "./session-cookie";

/** What a session token carries (lib/auth/config.ts writes it at sign-in). */
export type TSessionToken = { uid: number; sv: number; sid: string };

const secret = resolveAuthSecret();

/**
 * The session the cookie names, or null when there is none or it is not valid: altered, expired,
 * encrypted with another secret or under the other cookie name, or without the three claims.
 * Note: Auth.js' own auth() answers the same through its whole session endpoint (a Request, a
 * renewed token encrypted on each call, which a page cannot even send, and a JSON round trip);
 * this decrypts the cookie once.
 */
export async function decodeSessionCookie(
  cookie: (name: string) => string | undefined,
): Promise<TSessionToken | null> {
  for (const name of SESSION_COOKIE_NAMES) {
    const value = cookie(name);
    if (!value) continue;
    const token = await decode({ token: value, secret, salt: name }).catch(() => null);
    if (
      typeof token?.uid === "number" &&
      typeof token.sid === "string" &&
      (token.sv === undefined || typeof token.sv === "number")
    )
      return { uid: token.uid, sv: token.sv ?? 0, sid: token.sid };
  }
  return null;
}
