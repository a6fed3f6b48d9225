import { serverPagePainted } from './app/serverPagePainted';
import './app/styles.css';

// The app's code is a chunk of its own, fetched and compiled from the start (the build lists it for preloading:
// scripts/vitePreloadChunk.ts) but run only once a page the server rendered has been painted: running it takes a
// few hundred ms of main thread on a slow machine, and the browser would otherwise paint nothing until it is done.
await serverPagePainted(document.getElementById('root'));
const { start } = await import('./app/start');
await start();
