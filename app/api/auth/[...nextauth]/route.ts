// GET/POST /api/auth/* – Auth.js endpoints (session, CSRF token, sign-out)
export { GET, POST } from "@/lib/auth/handlers";
