import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './precompress.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const srcModules = fileURLToPath(new URL('../modules/', import.meta.url));
/**
 * The small libraries most pages use (Mantine's components, their positioning, virtual lists).
 * The heavy ones of a few pages (ECharts, the map's layout and canvas) are not listed: they stay
 * in files of their own, loaded with those pages only; so does drag and drop (the board loads it
 * after its first cards, the pipeline editor with its page).
 */
const SHARED_LIBRARY =
  /node_modules[\\/](@mantine[\\/]core|@floating-ui|@tanstack[\\/](react-)?virtual)/;
/**
 * What the board draws its first cards with beyond the shell: Mantine's pieces of its toolbar,
 * columns and cards, and the columns' virtual list. One file with the board's page (ADR 032):
 * the board is the shell, this file and its strings. A group takes the static imports of what it
 * captures too, so nothing listed here may import a menu, a select or a tooltip (the board's
 * use them through kernel/web/components/later.tsx, loaded after the first cards).
 */
const BOARD_LIBRARY =
  /node_modules[\\/](@tanstack[\\/](react-)?virtual|@mantine[\\/]core[\\/]esm[\\/]components[\\/](Checkbox|ActionIcon|Paper|Badge|Alert|Anchor|Stack|Title|Loader|Skeleton|InputBase|Input|TextInput)[\\/])/;
/** The app's own modules the board's first cards need beyond the shell (same file as above). */
const BOARD_APP =
  /src[\\/](modules[\\/](conveyor[\\/]web[\\/](deals[\\/](board-(?!dnd)|deal-card|card-marker|card-menu-button|deal-cache|place-on-board|pipeline-totals|use-(move-deal|more-cards|deal-actions|deal-write))|api[\\/]|keys|shortcuts[\\/](use-shortcuts|shortcut-key))|identity[\\/]web[\\/](later-person-select|use-can-edit)|accounts[\\/]web[\\/](keys|api[\\/]company-query|companies[\\/]company-name))|kernel[\\/]web[\\/](lib[\\/]format\.ts|components[\\/](page-header|anchor-link)))/;
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
            { name: 'shell', tags: ['$initial'], priority: 3 },
            // The board's page, and what it draws with beyond the shell: one file.
            {
              name: 'board',
              test: (id) => BOARD_LIBRARY.test(id) || BOARD_APP.test(id),
              priority: 2,
            },
            // The libraries several pages share (form fields, menus, positioning …) in one file
            // rather than one per component: a page is a few requests, not twenty.
            { name: 'pages', test: SHARED_LIBRARY, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
