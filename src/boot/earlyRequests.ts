import { startEarlyRequests } from '../lib/earlyRequests';

// Its own entry, listed ahead of the app's (the build keeps it apart: scripts/viteBootEntry.ts): it starts while the
// app's code is still being fetched and compiled. Only against the real server: the mock API exists only once the
// app has started it.
if (import.meta.env.VITE_API === 'server') startEarlyRequests(window.location.pathname);
