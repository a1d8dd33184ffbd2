// Signs development tokens (npm run token, tests): HS256 with JWT_SECRET, `sub` the user id (or anything when the
// `email` claim names the user). Kept apart from the Authenticator so that signing loads nothing but jose.
import type { Config } from '../../config';

export async function signToken(
  auth: Config['auth'],
  subject: string,
  email: string,
  now = new Date(),
): Promise<string> {
  if (!auth.jwtSecret || auth.jwksUrl)
    throw new Error('Signing needs JWT_SECRET (with a JWKS URL, tokens come from your identity provider)');
  // jose is ESM-only: imported dynamically, which works from CommonJS and under vitest alike.
  const { SignJWT } = await import('jose');
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ email })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + auth.tokenTtlSeconds)
    .sign(new TextEncoder().encode(auth.jwtSecret));
}
