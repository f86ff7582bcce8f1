import { describe, expect, it } from "vitest";
import { isPhoneRequest } from "./phone-hint";

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const IPAD =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
const ANDROID_PHONE =
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const ANDROID_TABLET =
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const DESKTOP =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

const request = (headers: Record<string, string>) => isPhoneRequest(new Headers(headers));

describe("isPhoneRequest", () => {
  it("follows Chromium's client hint, whatever the user agent says", () => {
    expect(request({ "sec-ch-ua-mobile": "?1", "user-agent": DESKTOP })).toBe(true);
    expect(request({ "sec-ch-ua-mobile": "?0", "user-agent": ANDROID_PHONE })).toBe(false);
  });
  it("without the hint, takes phones by 'Mobi' in the user agent and not tablets or desktops", () => {
    expect(request({ "user-agent": IPHONE })).toBe(true);
    expect(request({ "user-agent": ANDROID_PHONE })).toBe(true);
    expect(request({ "user-agent": IPAD })).toBe(false);
    expect(request({ "user-agent": ANDROID_TABLET })).toBe(false);
    expect(request({ "user-agent": DESKTOP })).toBe(false);
    expect(request({})).toBe(false);
  });
});
