import { createHmac } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type Page } from 'playwright-core'
import { expect } from 'vitest'

export const SCREENSHOT_DIR = fileURLToPath(new URL('../target/e2e-screenshots/', import.meta.url))

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const FAILING_IMPACTS = new Set(['serious', 'critical'])

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium'
}

/** VIGIL_URL without a trailing slash (global-setup has already checked it is set). */
export function baseUrl(): string {
  const url = process.env.VIGIL_URL
  if (!url) throw new Error('VIGIL_URL is not set')
  return url.replace(/\/+$/, '')
}

/**
 * Debian's Chromium, headless, with nothing that reaches out to the network on its own.
 * Playwright gives every launch a fresh temporary profile (user-data-dir) and deletes it on close.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * Collects uncaught page errors, and Content-Security-Policy violations reported on the console
 * (the backend forbids inline script and style), so a test can assert there were none.
 */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(m.text())) errors.push(m.text())
  })
  return errors
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = `${SCREENSHOT_DIR}${name}.png`
  await page.screenshot({ path, fullPage: true })
  return path
}

/** Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules; fails on serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const failing = results.violations.filter((v) => v.impact && FAILING_IMPACTS.has(v.impact))
  const report = failing
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)
          .join('\n'),
    )
    .join('\n')
  expect(failing.length, `axe found serious/critical violations on ${page.url()}:\n${report}`).toBe(0)
}

// ---- Signing in: demo accounts and TOTP codes ----

/** A demo account (published in docs/security.md; demo data only). */
export interface DemoAccount {
  username: string
  password: string
  /** base32 TOTP secret */
  secret: string
}

export const DEMO_ANALYST: DemoAccount = {
  username: 'demo.analyst',
  password: 'Vigil-Demo-Analyst-1',
  secret: 'SF5EWSZUCNKRZL6GOI366MF5K4OJNMTH',
}
export const DEMO_POLICE: DemoAccount = {
  username: 'demo.police',
  password: 'Vigil-Demo-Police-1',
  secret: 'OAE4NTZCOCSWQVNQVQ4456O2QVBSYVLM',
}
export const DEMO_PROBATION: DemoAccount = {
  username: 'demo.probation',
  password: 'Vigil-Demo-Probation-1',
  secret: 'AD2MDYRMV6KFD3CQRBOWCNDODOVHFACF',
}
export const DEMO_AUDITOR: DemoAccount = {
  username: 'demo.auditor',
  password: 'Vigil-Demo-Auditor-1',
  secret: 'U5GRPORFFEBETZTURJETUPXJZ5HLW5JB',
}
/** A victim liaison officer of the area, with victim details. */
export const DEMO_VLO: DemoAccount = {
  username: 'demo.vlo',
  password: 'Vigil-Demo-Liaison-1',
  secret: 'CDMEXHTSDH6B5GXNVAT3W33GLRCM233G',
}
/** A MAPPA chair, linked to the generated chair with most meetings. */
export const DEMO_CHAIR: DemoAccount = {
  username: 'demo.chair',
  password: 'Vigil-Demo-Chair-1',
  secret: 'FZVLVOCBCE5DUZZKE66CMWF7TNIY4HEF',
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** RFC 4648 base32 (upper or lower case; spaces, dashes and padding ignored). */
export function base32Decode(text: string): Buffer {
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const c of text.toUpperCase().replace(/[\s=-]/g, '')) {
    const i = BASE32.indexOf(c)
    if (i < 0) throw new Error(`Not base32: "${c}"`)
    value = ((value << 5) | i) & 0xffff
    bits += 5
    if (bits >= 8) {
      bits -= 8
      out.push((value >>> bits) & 0xff)
    }
  }
  return Buffer.from(out)
}

/** RFC 4226 HOTP: HMAC-SHA1 over the 8-byte big-endian counter, dynamic truncation. */
export function hotp(key: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8)
  message.writeBigUInt64BE(BigInt(counter))
  const mac = createHmac('sha1', key).update(message).digest()
  const offset = mac[mac.length - 1]! & 0x0f
  const binary =
    ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!
  return String(binary % 10 ** digits).padStart(digits, '0')
}

/** The 30-second time step of a Unix time in seconds. */
export function totpStep(unixSeconds: number): number {
  return Math.floor(unixSeconds / 30)
}

/** RFC 6238 TOTP (SHA-1, 30-second steps) for a base32 secret. */
export function totp(secret: string, unixSeconds = Date.now() / 1000, digits = 6): string {
  return hotp(base32Decode(secret), totpStep(unixSeconds), digits)
}

// The server accepts each account's code once per time step, and no older step after it
// (docs/security.md). The steps used are remembered here, across test files and runs, so a
// second sign-in waits for the next step instead of being refused.
const STEPS_FILE = fileURLToPath(new URL('../target/e2e-totp-steps.json', import.meta.url))

function usedSteps(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(STEPS_FILE, 'utf8')) as Record<string, number>
  } catch {
    return {}
  }
}

/**
 * A code for `account` whose time step has not been used yet (by this suite): waits for the next
 * step if need be (up to 30 s), and records the step as used.
 */
export async function freshCode(account: DemoAccount): Promise<string> {
  const last = usedSteps()[account.username] ?? -1
  let now = Date.now() / 1000
  if (totpStep(now) <= last) {
    const wait = (last + 1) * 30 - now + 0.2
    await new Promise((resolve) => setTimeout(resolve, wait * 1000))
    now = Date.now() / 1000
  }
  mkdirSync(fileURLToPath(new URL('../target/', import.meta.url)), { recursive: true })
  writeFileSync(STEPS_FILE, JSON.stringify({ ...usedSteps(), [account.username]: totpStep(now) }))
  return totp(account.secret, now)
}

/** A 6-digit code that is wrong for `account` now (not the code of this step or the ones either side). */
export function wrongCode(account: DemoAccount): string {
  const now = Date.now() / 1000
  const near = new Set([-30, 0, 30].map((d) => totp(account.secret, now + d)))
  let n = Number(totp(account.secret, now))
  let code: string
  do {
    n = (n + 111_111) % 1_000_000
    code = String(n).padStart(6, '0')
  } while (near.has(code))
  return code
}

/**
 * Signs in through the sign-in page at `base` (the page goes there first unless it is already on
 * the sign-in page) and waits to leave it.
 */
export async function signIn(page: Page, base: string, account: DemoAccount): Promise<void> {
  if (new URL(page.url(), 'http://x').pathname !== '/sign-in') await page.goto(`${base}/sign-in`)
  await page.locator('#username').fill(account.username)
  await page.locator('#password').fill(account.password)
  await page.locator('#code').fill(await freshCode(account))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => url.pathname !== '/sign-in', { timeout: 20_000 })
}
