import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // nhsuk-frontend's compiled CSS points at its icons as /assets/images/*.svg; resolve them from
    // the package so the build bundles them instead of expecting a copy on the server.
    alias: [{ find: /^\/assets\/images\//, replacement: 'nhsuk-frontend/dist/nhsuk/assets/images/' }],
  },
  build: {
    // nhsuk-frontend ships its CSS minified already, and LightningCSS (Vite's minifier) rejects
    // parts of it: old Internet Explorer hacks (`@media screen\0`) and a newer
    // `@container scroll-state(...)` query it would silently drop with errorRecovery. So the CSS
    // is bundled as written; app.css is a few lines.
    cssMinify: false,
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    // The API (apps/api) listens on 3000 in development; same-origin requests keep the session cookie simple.
    // The API takes changes only from its own origin (Origin header), so the proxy presents the
    // dev server's requests as coming from it.
    proxy: { '/api': { target: 'http://localhost:3000', headers: { origin: 'http://localhost:3000' } } },
  },
});
