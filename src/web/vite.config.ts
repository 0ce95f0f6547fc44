import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './precompress.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const srcModules = fileURLToPath(new URL('../modules/', import.meta.url));
/**
 * The small libraries most pages use (Mantine's components, their positioning, drag and drop,
 * virtual lists). The heavy ones of a few pages (ECharts, the map's layout and canvas) are not
 * listed: they stay in files of their own, loaded with those pages only.
 */
const SHARED_LIBRARY =
  /node_modules[\\/](@mantine[\\/]core|@floating-ui|@dnd-kit|@tanstack[\\/](react-)?virtual)/;
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

export default defineConfig({
  root,
  plugins: [react(), precompressPlugin()],
  build: {
    outDir,
    emptyOutDir: true,
    // The shell is one file on purpose (below): React, Mantine, the router and i18next.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // The app's own modules have no side effects on import (ADR 032): a module that only a
      // barrel (a module's web/index.ts) re-exports is then left to the lazy pages that use it,
      // instead of being loaded with the shell because the barrel is.
      treeshake: {
        moduleSideEffects: (id: string) => !id.startsWith(root) && !id.startsWith(srcModules),
      },
      output: {
        codeSplitting: {
          groups: [
            // Everything the shell imports statically is needed before any page: one file.
            { name: 'shell', tags: ['$initial'], priority: 2 },
            // The libraries several pages share (form fields, menus, drag and drop …) in one file
            // rather than one per component: a page is a few requests, not twenty.
            { name: 'pages', test: SHARED_LIBRARY, minShareCount: 2, priority: 1 },
          ],
          // A small piece of the app several pages share (a hook, a formatter, query keys) is
          // copied into each of them rather than sent as a file of its own: the board is then 6
          // files instead of 13, for ~20 KB gzip of module wrappers this turns on (rolldown's
          // strictExecutionOrder). Safe because a copied module holds no state: the app's
          // module-level state (i18n, the session, the query client) lives in the shell.
          experimentalInlineCommonChunks: { maxSize: 16 * 1024 },
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
