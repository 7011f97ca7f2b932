import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The client lives in client/; the server serves dist/client in production and
// Vite proxies /trpc and /api to it in development.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: false },
  server: {
    proxy: {
      '/trpc': 'http://127.0.0.1:3000',
      '/api': 'http://127.0.0.1:3000',
      '/healthz': 'http://127.0.0.1:3000',
    },
  },
})
