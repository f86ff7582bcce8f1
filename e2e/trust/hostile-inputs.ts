// The hostile inputs every hostile-input test sends (ERP API, server actions, grid URLs): one
// list, so a new trick is tried everywhere at once. Plain data, no imports: Vitest and
// Playwright both read it.

export type THostileString = { name: string; value: string };

/** Unicode tricks, oversized and whitespace-only text, and injection-shaped strings. */
export const HOSTILE_STRINGS: THostileString[] = [
  { name: "NUL", value: "a\u0000b" },
  { name: "other control characters", value: "a\u0001\u0008\u001b[31mb\u007f" },
  { name: "RTL override", value: "invoice\u202Efdp.exe" },
  { name: "combining characters", value: "Z\u0351\u0360\u0345\u036Aa\u0364\u0307l\u0300\u0301g\u0489o" },
  { name: "emoji", value: "🔧🚗💥 👨‍👩‍👧 🏳️‍🌈" },
  { name: "lone high surrogate", value: "x\uD800y" },
  { name: "lone low surrogate", value: "\uDC00" },
  { name: "zero-width and BOM", value: "\u200B\u200D\uFEFFabc" },
  { name: "10,000 characters", value: "x".repeat(10_000) },
  { name: "whitespace only", value: " \t\n\u00A0\u2003 " },
  { name: "SQL injection", value: `'; DROP TABLE "Rma";--` },
  { name: "SQL tautology", value: `' OR '1'='1` },
  { name: "LIKE wildcards", value: "%_%\\" },
  { name: "script tag", value: "<script>alert(1)</script>" },
  { name: "img onerror", value: `<img src=x onerror="alert(1)">` },
  { name: "javascript URL", value: "javascript:alert(1)" },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the hostile input here
  { name: "template and format strings", value: "{{7*7}} ${7*7} {0} %s %n" },
  { name: "path traversal", value: "../../../etc/passwd" },
];

/** Values that are the wrong JSON type for any field of any form or row. */
export const WRONG_TYPES: Array<{ name: string; value: unknown }> = [
  { name: "object", value: {} },
  { name: "operator object", value: { $gt: "" } },
  { name: "array", value: ["a"] },
  { name: "nested array", value: [[[[]]]] },
];

/** Scalars that are the wrong type for some fields (each test keeps the ones its field refuses). */
export const WRONG_SCALARS: Array<{ name: string; value: unknown }> = [
  { name: "null", value: null },
  { name: "true", value: true },
  { name: "zero", value: 0 },
  { name: "negative", value: -1 },
  { name: "fraction", value: 1.5 },
  { name: "int4 overflow", value: 2_147_483_648 },
  { name: "beyond safe integers", value: 9_007_199_254_740_993 },
  { name: "huge", value: 1e308 },
  { name: "numeric string", value: "12" },
  { name: "empty string", value: "" },
];

/** Numbers as a user types them into a number field or a URL. */
export const HOSTILE_NUMBER_TEXTS = [
  "-1",
  "0",
  "1.5",
  "1e9",
  "1e309",
  "Infinity",
  "NaN",
  "0x10",
  "2147483648",
  "99999999999999999999",
  "",
  " ",
  "abc",
  "1;DROP",
];

/** Bodies that are not the JSON an endpoint expects. */
export const MALFORMED_BODIES: Array<{ name: string; body: string | Uint8Array }> = [
  { name: "empty", body: "" },
  { name: "not JSON", body: "{ rows: nope" },
  { name: "truncated", body: '{"rows":[{"a":1}' },
  { name: "JSON null", body: "null" },
  { name: "JSON string", body: '"rows"' },
  { name: "JSON number", body: "1e309" },
  { name: "top-level array", body: "[]" },
  { name: "rows is an object", body: '{"rows":{"0":{}}}' },
  { name: "rows is a string", body: '{"rows":"[]"}' },
  { name: "unknown top-level key", body: '{"rows":[{}],"dryRun":false}' },
  { name: "prototype pollution", body: '{"rows":[{}],"__proto__":{"admin":true}}' },
  { name: "byte order mark", body: '\uFEFF{"rows":[{}]}' },
  {
    name: "invalid UTF-8",
    body: new Uint8Array([0x7b, 0x22, 0x72, 0x6f, 0x77, 0x73, 0x22, 0x3a, 0xff, 0xfe, 0x7d]),
  },
  { name: "deeply nested", body: `${"[".repeat(5000)}${"]".repeat(5000)}` },
  { name: "NUL byte", body: '{"rows":[{}]}\u0000' },
];

/**
 * Grid URL parameters (appended to every grid page). `{col}` is a real column id: a filter is put
 * in every column at once, anything else names the first column. Harmless combinations share a URL.
 */
export const HOSTILE_GRID_PARAMS: string[] = [
  "page=-1&size=100000&sort=nope.asc&group=nope&f.nope=x",
  "page=0&size=-20&sort=.asc&group=__proto__&f.__proto__=x&f.constructor=x",
  "page=99999999999&size=0&sort={col}.sideways",
  "page=1e3&pageSize=100000&sort={col}.desc;DROP",
  "page=abc&sort=__proto__.asc&group={col}",
  "page=2&page=-5&size=20&size=100000&sort={col}.asc&sort=nope.desc",
];

/** Search texts (URL-encoded) for every column of every grid. */
export const HOSTILE_GRID_FILTERS: string[] = [
  "%25_%5C",
  "a%00b",
  "%27%3B%20DROP%20TABLE%20%22Rma%22%3B--%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%E2%80%AEabc%F0%9F%94%A7Z%CD%91%CD%A0",
  "%ED%A0%80%FF%FE",
  "%20%09%20",
  "%3E%3D99999999999",
  "-99999999999..99999999999",
  "%3E%3D9999999999999%2C99",
  "31-02-2020",
  "0000-00-00%20-%2099-99-9999",
  "a&f.{col}=b",
];

/** One 10,000-character search (in the first column only: a URL of every column would pass the header limit). */
export const LONG_GRID_FILTER = "x".repeat(10_000);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** encodeURIComponent, except that a lone surrogate is sent as its (invalid) UTF-8 bytes instead of throwing. */
export function encodeQueryValue(value: string): string {
  return value
    .split(LONE_SURROGATE)
    .map(encodeURIComponent)
    .reduce((out, part, i) => {
      if (i === 0) return part;
      const c = value.match(LONE_SURROGATE)![i - 1]!.charCodeAt(0);
      const bytes = [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)];
      return out + bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join("") + part;
    }, "");
}
