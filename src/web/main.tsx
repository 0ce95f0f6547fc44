import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from '../kernel/web/lib/i18n.ts';
import { en, pl, ru } from './locales/resources.ts';
import { App } from './providers.tsx';

startI18n({ en, pl, ru });

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
