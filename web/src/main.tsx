import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { LiveProvider } from './api/live.tsx';
import { App } from './app.tsx';
import { SessionGate } from './features/sign-in/session-gate.tsx';
import { initI18n } from './i18n/index.ts';
import { SharedFlywheelPage } from './routes/routes.tsx';
import './styles/base.css';
import './styles/controls.css';

initI18n();

// A shared flywheel is public: no sign-in, no live stream, only its read-only page.
const shared = /^\/shared\/flywheels\/([^/]+)\/?$/.exec(window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {shared ? (
      <Suspense fallback={null}>
        <SharedFlywheelPage token={decodeURIComponent(shared[1]!)} />
      </Suspense>
    ) : (
      <SessionGate>
        <LiveProvider>
          <App />
        </LiveProvider>
      </SessionGate>
    )}
  </StrictMode>,
);
