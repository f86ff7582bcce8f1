import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { resolveAuthSecret } from "./secret";
import { SESSION_COOKIE_NAMES } from "./session-cookie";
import { decodeSessionCookie } from "./session-token";

// The session cookie as Auth.js writes it at sign-in (lib/auth/config.ts: the jwt callback puts
// the user id, session version and session id in the token), read back once per request.
const [PLAIN, SECURE] = SESSION_COOKIE_NAMES;
const CLAIMS = { sub: "7", uid: 7, sv: 3, sid: "5f0c6c1e-session" };

function written(
  name: string,
  claims: Record<string, unknown> = CLAIMS,
  options: { secret?: string; maxAge?: number } = {},
) {
  return encode({
    token: claims,
    secret: options.secret ?? resolveAuthSecret(),
    salt: name,
    maxAge: options.maxAge,
  });
}

const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];

describe("decodeSessionCookie", () => {
  it("reads the session Auth.js wrote, over HTTP and over HTTPS (__Secure- cookie)", async () => {
    const session = { uid: 7, sv: 3, sid: "5f0c6c1e-session" };
    expect(await decodeSessionCookie(jar({ [PLAIN]: await written(PLAIN) }))).toEqual(session);
    expect(await decodeSessionCookie(jar({ [SECURE]: await written(SECURE) }))).toEqual(session);
  });

  it("has no session without the cookie, or with one that is not valid", async () => {
    const token = await written(PLAIN);
    const altered = token.slice(0, -6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    const cases: Record<string, string>[] = [
      {},
      { other: token },
      { [PLAIN]: "" },
      { [PLAIN]: "not-a-token" },
      { [PLAIN]: altered },
      // Encrypted for the other name: a cookie cannot be moved from one name to the other.
      { [SECURE]: token },
      { [PLAIN]: await written(PLAIN, CLAIMS, { secret: "another-secret-another-secret-0123456789" }) },
      { [PLAIN]: await written(PLAIN, CLAIMS, { maxAge: -3600 }) },
      // A token without the session's claims (e.g. from before server-side sessions).
      { [PLAIN]: await written(PLAIN, { sub: "7", uid: 7 }) },
      { [PLAIN]: await written(PLAIN, { ...CLAIMS, uid: "7" }) },
    ];
    for (const cookies of cases)
      expect(await decodeSessionCookie(jar(cookies)), JSON.stringify(Object.keys(cookies))).toBeNull();
  });

  it("takes a token without a session version as version 0", async () => {
    const { sv: _, ...claims } = CLAIMS;
    expect(await decodeSessionCookie(jar({ [PLAIN]: await written(PLAIN, claims) }))).toEqual({
      uid: 7,
      sv: 0,
      sid: "5f0c6c1e-session",
    });
  });
});
