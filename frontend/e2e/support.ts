import { mkdirSync } from 'node:fs'
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

/** Collects uncaught page errors so a test can assert there were none. */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
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
