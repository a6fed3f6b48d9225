export const CHROMIUM_CANDIDATES: string[];
export function findChromium(): string | undefined;
export const CHROMIUM_ARGS: string[];
export const PLAYWRIGHT_DISABLED_FEATURES: string[];
