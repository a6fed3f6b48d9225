import { WhatIfChange } from '../../../contract/graph';
import { Privilege } from '../../../contract/inventory';

/**
 * The simulated change as one URL parameter, `whatIf=<type>:<id>` (drop_privilege: `<type>:<privilege>:<id>`), so a
 * what-if survives a reload and can be sent as a link like every other graph question. The id comes last and keeps
 * any colons it has. Only the change's kind and subject travel; the replacement account's name is the API's default.
 */
export function encodeWhatIf(change: WhatIfChange): string {
  switch (change.type) {
    case 'remove_share': return `remove_share:${change.shareId}`;
    case 'unshare_app': return `unshare_app:${change.appId}`;
    case 'replace_identity': return `replace_identity:${change.connectionId}`;
    case 'drop_privilege': return `drop_privilege:${change.privilege}:${change.connectionId}`;
  }
}

const MAX_ID = 200;

/** The change a link asks for, or undefined when a hand-edited link gets it wrong (never sent to the API). */
export function decodeWhatIf(raw: string | undefined): WhatIfChange | undefined {
  if (!raw) return undefined;
  const colon = raw.indexOf(':');
  if (colon < 0) return undefined;
  const type = raw.slice(0, colon);
  let rest = raw.slice(colon + 1);
  let candidate: unknown;
  if (type === 'remove_share') candidate = { type, shareId: rest };
  else if (type === 'unshare_app') candidate = { type, appId: rest };
  else if (type === 'replace_identity') candidate = { type, connectionId: rest };
  else if (type === 'drop_privilege') {
    const sep = rest.indexOf(':');
    const privilege = Privilege.safeParse(sep < 0 ? undefined : rest.slice(0, sep));
    if (!privilege.success) return undefined;
    rest = rest.slice(sep + 1);
    candidate = { type, privilege: privilege.data, connectionId: rest };
  } else return undefined;
  if (rest.length === 0 || rest.length > MAX_ID) return undefined;
  const parsed = WhatIfChange.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
