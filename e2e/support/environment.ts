export const E2E_PORT = Number(process.env.INFUSIO_E2E_PORT ?? 3210);
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** The demo organisation's credentials (README "Demo logins"). */
export const DEMO_PASSWORD = 'Infusio-Demo-2026';
export const DEMO_TOTP_SECRET = 'INFUSIODEMOTOTPSECRETKEYFORSTAFF';
