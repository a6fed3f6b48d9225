/**
 * What a bench page writes to its console once it has drawn: the bench waits for this message instead of polling
 * the page. Polling runs Playwright's helper script in the page (~330 kB received and evaluated: 40–80 ms of the
 * page's main thread on this machine), and it ran inside the very window measured, navigation to first draw.
 */
export const FIRST_DRAW_SIGNAL = 'sharegraph-bench:first-draw';
