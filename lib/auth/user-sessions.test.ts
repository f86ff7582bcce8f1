import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { endSessionsOfUser, setUserActive } from "@/lib/staff/customers/users";
import { setPasswordWithToken } from "./password-reset";
import { loadSessionUser } from "./session-user";
import { createAuthToken } from "./tokens";
import { endAllUserSessions, endUserSession, sessionLimits, startUserSession } from "./user-sessions";

let dealerId: number;
let staffId: number;
const HOUR = 3_600_000;

beforeEach(async () => {
  const tag = Math.random().toString(36).slice(2);
  const customer = await db.customer.create({ data: { erpNumber: `S${tag}`, name: "Garage" } });
  dealerId = (
    await db.user.create({
      data: { email: `d-${tag}@test.example`, name: "Dealer", customerId: customer.id },
    })
  ).id;
  staffId = (await db.user.create({ data: { email: `s-${tag}@test.example`, name: "Staff", role: "STAFF" } }))
    .id;
});

describe("server-side sessions", () => {
  it("a session works until it is signed out, and a copy of its token stops working with it", async () => {
    const sid = await startUserSession(dealerId);
    expect((await loadSessionUser(dealerId, 0, sid))?.userId).toBe(dealerId);
    await endUserSession(sid);
    expect(await loadSessionUser(dealerId, 0, sid)).toBeNull();
  });

  it("a session id works only for its own user", async () => {
    const sid = await startUserSession(dealerId);
    expect(await loadSessionUser(staffId, 0, sid)).toBeNull();
    expect(await loadSessionUser(dealerId, 0, "forged")).toBeNull();
  });

  it("ends after the idle timeout, shorter for staff than for dealers", async () => {
    expect(sessionLimits("STAFF").idleMs).toBeLessThan(sessionLimits("DEALER").idleMs);
    expect(sessionLimits("STAFF").maxMs).toBeLessThan(sessionLimits("DEALER").maxMs);
    const start = new Date();
    const dealerSid = await startUserSession(dealerId, start);
    const staffSid = await startUserSession(staffId, start);
    const afterStaffIdle = new Date(start.getTime() + sessionLimits("STAFF").idleMs + 1000);
    expect(await loadSessionUser(staffId, 0, staffSid, afterStaffIdle)).toBeNull();
    expect((await loadSessionUser(dealerId, 0, dealerSid, afterStaffIdle))?.userId).toBe(dealerId);
  });

  it("use keeps it alive, but never past its absolute lifetime", async () => {
    const start = new Date();
    const sid = await startUserSession(staffId, start);
    const { idleMs, maxMs } = sessionLimits("STAFF");
    let now = start;
    while (now.getTime() + idleMs / 2 < start.getTime() + maxMs) {
      now = new Date(now.getTime() + idleMs / 2);
      expect(await loadSessionUser(staffId, 0, sid, now), now.toISOString()).not.toBeNull();
    }
    expect(await loadSessionUser(staffId, 0, sid, new Date(start.getTime() + maxMs + HOUR))).toBeNull();
  });

  it("sign out everywhere and a new password end every session of the user", async () => {
    const a = await startUserSession(dealerId);
    const b = await startUserSession(dealerId);
    expect(await endAllUserSessions(dealerId)).toBe(2);
    expect(await loadSessionUser(dealerId, 0, a)).toBeNull();
    expect(await loadSessionUser(dealerId, 0, b)).toBeNull();

    const c = await startUserSession(dealerId);
    const token = await db.$transaction((tx) => createAuthToken(tx, dealerId, "RESET_PASSWORD"));
    expect(await setPasswordWithToken(token, "A-new-password-2026")).toBe(true);
    expect(await db.userSession.count({ where: { id: c } })).toBe(0);
  });

  it("staff can end a user's sessions (audited), and deactivation ends them too", async () => {
    const staff = { userId: staffId, role: "STAFF" as const };
    const a = await startUserSession(dealerId);
    expect(await endSessionsOfUser(staff, { userId: dealerId })).toEqual({ ended: 1 });
    expect(await loadSessionUser(dealerId, 0, a)).toBeNull();
    expect(
      await db.auditEntry.count({ where: { action: "user.endSessions", objectId: String(dealerId) } }),
    ).toBe(1);

    await startUserSession(dealerId);
    await setUserActive(staff, { userId: dealerId, active: false });
    expect(await db.userSession.count({ where: { userId: dealerId } })).toBe(0);
  });
});
