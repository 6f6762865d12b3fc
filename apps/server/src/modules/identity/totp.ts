// Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps), accepted one step
// either side for clock drift, and never twice: the last accepted step is remembered per user.
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const ISSUER = 'Infusio';

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, username: string): string {
  return totpFor(secretBase32, username).toString();
}

export function totpQrDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 220 });
}

/** Returns the accepted time step, or undefined when the code is wrong or was already used. */
export function checkTotp(
  secretBase32: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const totp = totpFor(secretBase32, 'check');
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const step = Math.floor(now.getTime() / 30_000) + delta;
  if (lastStep !== null && step <= lastStep) return undefined;
  return step;
}

export function generateTotpCode(secretBase32: string, at: Date): string {
  return totpFor(secretBase32, 'demo').generate({ timestamp: at.getTime() });
}
