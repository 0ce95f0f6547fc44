import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterPageDrawn } from '../kernel/web/app/page-drawn.ts';
import { loadAllStrings, startI18n } from '../kernel/web/lib/i18n.ts';
import { languageLoaders } from './locales/languages.ts';
import { App, startEarly } from './providers.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

startEarly();
// The first render waits for the strings of the browser's language only (one small file; for the
// board only the part it draws); the rest follow once the page is drawn, for the next page.
const strings = window.location.pathname === '/board' ? 'first' : 'all';
void afterPageDrawn().then(() => loadAllStrings().catch(() => undefined));
void startI18n(languageLoaders, strings).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
