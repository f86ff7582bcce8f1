// Only a path on this site may be a post-login destination (no open redirect).
// Note: the value is resolved the way a browser resolves a Location header (tabs and newlines
// dropped, backslashes read as slashes, dot segments applied), and kept only when the result
// is a path on our own origin that a browser can't read as another host ("//host", "/\host").
const OWN_ORIGIN = "https://portal.invalid";
const NEVER_BACK_TO = ["/login", "/api/auth"];

export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  const stripped = value.replace(/[\t\n\r]/g, "");
  if (/[\u0000-\u001f\u007f]/.test(stripped)) return fallback;
  if (!stripped.startsWith("/") || /^\/[/\\]/.test(stripped)) return fallback;
  let url: URL;
  try {
    url = new URL(stripped, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== OWN_ORIGIN || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || /^\/[/\\]/.test(path) || /^\/(%2f|%5c)/i.test(path)) return fallback;
  if (new URL(path, OWN_ORIGIN).origin !== OWN_ORIGIN) return fallback;
  const lowerPath = decodeSafely(url.pathname).toLowerCase();
  if (NEVER_BACK_TO.some((prefix) => lowerPath === prefix || lowerPath.startsWith(`${prefix}/`)))
    return fallback;
  return path;
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
