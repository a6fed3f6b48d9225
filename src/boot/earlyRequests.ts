import { startEarlyRequests } from '../lib/earlyRequests';

// Its own entry in index.html, ahead of the app: it starts while the app's code is still being compiled. Only
// against the real server: the mock API exists only once the app has started it.
if (import.meta.env.VITE_API === 'server') startEarlyRequests(window.location.pathname);
