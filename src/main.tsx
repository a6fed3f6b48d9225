import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';

/**
 * The embedded default talks to the mock governance API in the browser; a build with VITE_API=server talks to
 * the real one. The mock is imported lazily so a server build does not carry it.
 */
async function start() {
  if (import.meta.env.VITE_API !== 'server') {
    const { startMockApi } = await import('../mocks/browser');
    await startMockApi();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
