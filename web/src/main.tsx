import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LiveProvider } from './api/live.tsx';
import { App } from './app.tsx';
import { SessionGate } from './features/sign-in/session-gate.tsx';
import { initI18n } from './i18n/index.ts';
import './styles/base.css';
import './styles/controls.css';

initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionGate>
      <LiveProvider>
        <App />
      </LiveProvider>
    </SessionGate>
  </StrictMode>,
);
