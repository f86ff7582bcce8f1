import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { db } from "@/lib/db/client";
import { rateLimit, refundRateLimit } from "@/lib/rate-limit/rate-limit";
import type { TEnrolment } from "./second-factor-types";

// The second factor: TOTP codes (RFC 6238, 30 s, 6 digits; one step of clock drift either way)
// from an authenticator app, or a single-use recovery code. Staff must have one; dealers may opt in.
// Note: a code is accepted once — the last accepted time step is stored and a conditional update
// refuses the same or an older step, also when two sign-ins race with one code.
const ISSUER = "Dealer portal";
const RECOVERY_CODES = 10;
const TOTP_CODE = /^\d{6}$/;
const RECOVERY_CODE = /^[a-z2-7]{10}$/;

export type { TEnrolment } from "./second-factor-types";

export function needsSecondFactor(user: { role: string; totpSecret: string | null }): boolean {
  return user.role === "STAFF" || user.totpSecret !== null;
}

export type TSecondFactorStep = "ok" | "code_required" | "enroll_required" | "code_invalid" | "locked";

/** After a right password: whether the sign-in may go on, or which second step it still needs. */
export async function secondFactorStep(userId: number, code: string | undefined): Promise<TSecondFactorStep> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { role: true, totpSecret: true },
  });
  if (!needsSecondFactor(user)) return "ok";
  if (!code?.trim()) return user.totpSecret ? "code_required" : "enroll_required";
  return checkCodeWithinLimit(userId, code);
}

/** A code checked under the guessing limit (policy "totp-code"); a right code gives its slot back. */
export async function checkCodeWithinLimit(
  userId: number,
  code: string,
): Promise<"ok" | "code_invalid" | "locked"> {
  if (!(await rateLimit("totp-code", String(userId))).ok) return "locked";
  if (!(await verifySecondFactor(userId, code))) return "code_invalid";
  await refundRateLimit("totp-code", String(userId));
  return "ok";
}

/** A new secret to scan (kept pending until its first code is entered) and fresh recovery codes. */
export async function beginEnrolment(userId: number, email: string): Promise<TEnrolment> {
  const secret = generateSecret();
  const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { totpPendingSecret: secret } }),
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.recoveryCode.createMany({
      data: recoveryCodes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
    }),
  ]);
  const uri = generateURI({ issuer: ISSUER, label: email, secret });
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, uri, qrSvg, recoveryCodes: recoveryCodes.map(formatRecoveryCode) };
}

/** Checks a TOTP or recovery code; a pending enrolment becomes active with its first good code. */
export async function verifySecondFactor(
  userId: number,
  rawCode: string,
  now = new Date(),
): Promise<boolean> {
  const code = rawCode.replace(/[\s-]/g, "").toLowerCase();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpPendingSecret: true, totpLastStep: true },
  });
  if (!user) return false;
  if (TOTP_CODE.test(code)) {
    const secret = user.totpSecret ?? user.totpPendingSecret;
    if (!secret) return false;
    const epoch = Math.floor(now.getTime() / 1000);
    const result = await verify({
      secret,
      token: code,
      epoch,
      epochTolerance: 30,
      afterTimeStep: user.totpLastStep ?? undefined,
    });
    if (!result.valid) return false;
    const timeStep = Math.floor(epoch / 30) + result.delta;
    const promote = user.totpSecret === null ? { totpSecret: secret, totpPendingSecret: null } : {};
    const { count } = await db.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: timeStep } }] },
      data: { totpLastStep: timeStep, ...promote },
    });
    return count === 1;
  }
  if (RECOVERY_CODE.test(code) && user.totpSecret) {
    const { count } = await db.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
      data: { usedAt: now },
    });
    return count === 1;
  }
  return false;
}

function newRecoveryCode(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  return [...randomBytes(10)].map((byte) => alphabet[byte % 32]).join("");
}

function formatRecoveryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}
