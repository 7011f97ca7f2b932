import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * nhsuk-frontend's CSS loads the Frutiger web font from assets.nhs.uk. The dashboard runs offline
 * and its content security policy allows fonts from itself only, so drop those @font-face rules:
 * text then uses the design system's own fallback, Arial.
 */
function nhsukWithoutRemoteFonts(): Plugin {
  return {
    name: 'nhsuk-without-remote-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/nhsuk-frontend[^/]*\.css(\?|$)/.test(id)) return null
      return { code: code.replace(/@font-face\s*\{[^}]*assets\.nhs\.uk[^}]*\}/g, ''), map: null }
    },
  }
}

// The client lives in client/; the server serves dist/client in production and
// Vite proxies /trpc and /api to it in development.
export default defineConfig({
  root: 'client',
  plugins: [react(), nhsukWithoutRemoteFonts()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: false },
  // nhsuk-frontend's CSS keeps an old IE hack (`@media screen\0`) that lightningcss cannot parse;
  // recover from it (the rule is dropped, as modern browsers do) instead of failing the build.
  css: { lightningcss: { errorRecovery: true } },
  server: {
    proxy: {
      '/trpc': 'http://127.0.0.1:3000',
      '/api': 'http://127.0.0.1:3000',
      '/healthz': 'http://127.0.0.1:3000',
    },
  },
})
