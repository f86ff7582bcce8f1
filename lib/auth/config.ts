import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientIp } from "./client-ip";
import { verifyLogin } from "./login";
import { secondFactorStep, type TSecondFactorStep } from "./second-factor";
import { resolveAuthSecret } from "./secret";
import { endUserSession, JWT_MAX_AGE_SECONDS, startUserSession } from "./user-sessions";

class LoginRefused extends CredentialsSignin {
  constructor(code: "invalid" | Exclude<TSecondFactorStep, "ok">) {
    super();
    this.code = code;
  }
}

// JWT sessions backed by a UserSession row (lib/auth/user-sessions.ts): the token carries the
// user id, session version and session id; lib/auth/session.ts reads them (lib/auth/session-token.ts)
// and checks all three against the database on every request, so sign-out, deactivation or a
// password change end it at once.
export const { handlers, signIn, signOut } = NextAuth({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: JWT_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password || email.length > 320 || password.length > 200)
          throw new LoginRefused("invalid");
        const result = await verifyLogin(email, password, clientIp(request.headers));
        if (!result.ok) throw new LoginRefused(result.code);
        const code = typeof credentials?.code === "string" ? credentials.code.slice(0, 40) : undefined;
        const step = await secondFactorStep(result.user.id, code);
        if (step !== "ok") throw new LoginRefused(step);
        const sessionId = await startUserSession(result.user.id);
        return { id: String(result.user.id), sessionVersion: result.user.sessionVersion, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        uid: token.uid as number,
        sv: token.sv as number,
        sid: token.sid as string | undefined,
      };
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endUserSession(sid);
    },
  },
});
