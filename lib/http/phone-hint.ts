// Whether a page request comes from a phone, for the server's first render of a grid only (cards
// instead of a table, so a phone gets no table that turns into cards once the scripts run); the
// browser's width decides from then on (components/data-grid/use-narrow-screen.ts). Chromium sends
// the client hint Sec-CH-UA-Mobile on every request; other browsers (Safari on an iPhone) only the
// user agent, where "Mobi" marks a phone (the rule MDN gives; tablets leave it out).
export function isPhoneRequest(headers: Headers): boolean {
  const hint = headers.get("sec-ch-ua-mobile");
  if (hint === "?1") return true;
  if (hint === "?0") return false;
  return /Mobi/.test(headers.get("user-agent") ?? "");
}
