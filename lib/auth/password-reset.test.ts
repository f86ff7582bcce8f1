import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requestPasswordReset } from "./password-reset";

const RESET_MAILS_PER_ACCOUNT = 3;
const RESET_REQUESTS_PER_IP = 20;

async function createUser(email: string) {
  const customer = await db.customer.create({ data: { erpNumber: email, name: "Garage" } });
  await db.user.create({ data: { email, name: "User", customerId: customer.id } });
}

const resetMails = (email?: string) =>
  db.outboxMessage.count({ where: { template: "password-reset", ...(email ? { to: { has: email } } : {}) } });

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
});

describe("requestPasswordReset", () => {
  it("queues one mail per request for an active user", async () => {
    await createUser("once@test.example");
    await requestPasswordReset("Once@Test.example", "10.1.0.1");
    expect(await resetMails("once@test.example")).toBe(1);
  });

  it("queues at most the policy's number of mails for 20 requests for one address in a minute", async () => {
    await createUser("flood@test.example");
    const requests = Array.from({ length: 20 }, (_, i) =>
      requestPasswordReset("flood@test.example", `10.2.0.${i}`),
    );
    await Promise.all(requests);
    expect(await resetMails("flood@test.example")).toBe(RESET_MAILS_PER_ACCOUNT);
  });

  it("stops queueing mail for one address that asks for many accounts", async () => {
    const emails = Array.from({ length: RESET_REQUESTS_PER_IP + 5 }, (_, i) => `spray-${i}@test.example`);
    for (const email of emails) await createUser(email);
    for (const email of emails) await requestPasswordReset(email, "10.3.0.1");
    expect(await resetMails()).toBe(RESET_REQUESTS_PER_IP);
    await requestPasswordReset("spray-0@test.example", "10.3.0.2");
    expect(await resetMails()).toBe(RESET_REQUESTS_PER_IP + 1);
  });
});
