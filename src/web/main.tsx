import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from '../kernel/web/lib/i18n.ts';
import { languageLoaders } from './locales/languages.ts';
import { App, startEarly } from './providers.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

startEarly();
// The first render waits for the strings of the browser's language only (one small file).
void startI18n(languageLoaders).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
