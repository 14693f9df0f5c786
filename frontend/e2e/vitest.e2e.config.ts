import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// End-to-end tests: a real Chromium (Debian's, via playwright-core) against a running Vigil.
// Separate from the unit tests in vite.config.ts; run with `VIGIL_URL=... npm run test:e2e`.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // Each test drives its own page, but they share one browser; keep them in order.
    sequence: { concurrent: false },
  },
})
