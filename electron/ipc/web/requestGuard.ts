/**
 * The browser mode's gatekeeping, each check a small pure function (tested one by one):
 * the per-run token (constant-time compare), the Host header (DNS rebinding: a hostile name resolving
 * to 127.0.0.1 still carries its own name in Host) and the Origin header (cross-site requests).
 */
import { timingSafeEqual, createHash } from 'node:crypto';

/** Constant-time: both sides are hashed first so neither length nor content leaks through timing. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

export const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

export function hostAllowed(host: string | undefined, port: number): boolean {
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase());
}

/** Same-origin requests from our page carry our origin or none (GET); anything else is refused. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const m = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization ?? '');
  return m?.[1];
}
