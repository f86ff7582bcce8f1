import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's recommended minimum cost.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Note: verify against a fixed hash when the user has none, so timing doesn't reveal accounts.
  const target = passwordHash ?? DUMMY_HASH;
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$cbgkAC6XN+hWKhWgvDgbvQ$pbl7tRKZoVv6DBhZ9nQsUunZT6rW4B8Lrae2nw2pw3w";
