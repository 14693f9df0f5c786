import { accessSync, constants } from 'node:fs'
import { chromiumPath } from './support'

/** Fails fast, with a clear message, when the e2e run cannot work. */
export default async function setup(): Promise<void> {
  const url = process.env.VIGIL_URL
  if (!url) {
    throw new Error(
      'VIGIL_URL is not set. Start Vigil, then run for example:\n' +
        '  VIGIL_URL=http://localhost:8080 npm run test:e2e',
    )
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`VIGIL_URL is not a valid URL: "${url}"`)
  }

  const browser = chromiumPath()
  try {
    accessSync(browser, constants.X_OK)
  } catch {
    throw new Error(
      `No Chromium at ${browser}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH. ` +
        'Do not download a browser with playwright install.',
    )
  }

  for (const [name, value] of [
    ['VIGIL_URL', url],
    ['VIGIL_URL_SHORT_IDLE', process.env.VIGIL_URL_SHORT_IDLE],
  ] as const) {
    if (!value) continue
    try {
      const response = await fetch(new URL(value), { signal: AbortSignal.timeout(15_000) })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
    } catch (e) {
      throw new Error(`Vigil is not answering at ${name}=${value}: ${(e as Error).message}`)
    }
  }
}
