// The names of Auth.js' session cookie: with "__Secure-" before it when the portal is served over
// HTTPS. The token in it is encrypted with the cookie's name as salt, so one name cannot stand in
// for the other.
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;
