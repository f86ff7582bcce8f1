import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientIp } from "./client-ip";
import { verifyLogin } from "./login";
import { resolveAuthSecret } from "./secret";

class LoginRefused extends CredentialsSignin {
  constructor(code: "invalid" | "locked") {
    super();
    this.code = code;
  }
}

// JWT sessions (no server-side session store, so any instance can serve any request). The
// token carries the user id and session version; lib/auth/session.ts checks both against the
// database on every request, so deactivation or a password change ends open sessions.
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password || email.length > 320 || password.length > 200) throw new LoginRefused("invalid");
        const result = await verifyLogin(email, password, clientIp(request.headers));
        if (!result.ok) throw new LoginRefused(result.code);
        return { id: String(result.user.id), sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as number, sv: token.sv as number };
    },
  },
});
