import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * The backend's Content-Security-Policy allows no inline script or <style> (script-src 'self';
 * style-src 'self'; docs/security.md). Fail the build if the emitted index.html has any: an inline
 * <script> (one without src), a <style> element, a style="" attribute or an inline event handler.
 */
function noInlineScriptOrStyle(): Plugin {
  return {
    name: 'vigil-no-inline-script-or-style',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const problems = [
          [/<script\b(?![^>]*\bsrc=)[^>]*>/i, 'an inline <script>'],
          [/<style\b/i, 'a <style> element'],
          [/<[^>]+\sstyle\s*=/i, 'a style attribute'],
          [/<[^>]+\son[a-z]+\s*=/i, 'an inline event handler'],
        ]
          .filter(([re]) => (re as RegExp).test(html))
          .map(([, what]) => what)
        if (problems.length) {
          throw new Error(`index.html would break the Content-Security-Policy: it has ${problems.join(', ')}`)
        }
        return html
      },
    },
  }
}

// Build output goes to target/dist; Maven copies it into the vigil-frontend jar under public/
// (the backend serves classpath:/public). See README.md.
export default defineConfig({
  plugins: [vue(), noInlineScriptOrStyle()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./target/dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
    },
  },
  test: {
    include: ['src/**/*.spec.ts', 'e2e/**/*.spec.ts'],
    environment: 'jsdom',
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
})
