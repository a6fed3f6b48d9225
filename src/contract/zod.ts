import { z } from 'zod';

/**
 * The one way in to zod at run time (lint forbids importing it elsewhere), so this runs before any schema is built.
 * In a browser the page's CSP allows no `eval` (csp.ts). Zod probes for it with `new Function('')` when its first
 * object schema is built, to compile faster parsers; the throw is caught, but the browser still reports a
 * `securitypolicyviolation` on every load, which would bury real breaches in an operator's CSP reports. Zod then
 * parses without compiling anyway, so saying so up front only removes the noise. Node (the server, the tools) has
 * no CSP and keeps the compiled parsers.
 */
const inNode = typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === 'string';
if (!inNode) z.config({ jitless: true });

export { z };
