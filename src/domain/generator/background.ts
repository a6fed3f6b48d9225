import type { App, AuthMethod, Connection, Environment, Platform, Privilege, SecretStorage, TargetSystem } from '../../contract/inventory';
import { daysAgo, share, type Draft } from './draft';
import type { Directory } from './people';
import { hex8, mix32, type Rng } from './prng';
import type { ScaleSpec } from './scales';
import { APP_WORDS, DEPARTMENTS, PLATFORM_WEIGHTS, TARGET_TEMPLATES, type TargetTemplate } from './vocabulary';
import { DAY_MS, isoAt } from '../time';
import { REF_MS } from './draft';

const pad = (n: number) => String(n).padStart(6, '0');

interface BgTarget {
  target: TargetSystem;
  template: TargetTemplate;
}

function addTargets(d: Draft, rng: Rng, spec: ScaleSpec): BgTarget[] {
  const out: BgTarget[] = [];
  for (let i = 1; i <= spec.targets; i++) {
    const template = TARGET_TEMPLATES[i % TARGET_TEMPLATES.length] as TargetTemplate;
    const dep = DEPARTMENTS[(i * 7) % DEPARTMENTS.length] as string;
    const host = `${template.hostPrefix}-${dep.toLowerCase()}-${String(i).padStart(3, '0')}.corp.example.com`;
    const target: TargetSystem = { id: `t-${pad(i)}`, name: `${dep} ${template.product} ${i}`, kind: template.kind, host, sensitivity: rng.pick(template.sensitivity) };
    d.targets.push(target);
    out.push({ target, template });
  }
  return out;
}

function transportFor(rng: Rng, template: TargetTemplate, serviceToService: boolean): Connection['transport'] {
  const protocol = template.protocol;
  const alwaysTls = protocol === 'https' || protocol === 'ldaps';
  const encrypted = protocol === 'sftp' ? true : alwaysTls ? true : rng.chance(0.96);
  const tlsVersion = protocol === 'sftp' || !encrypted ? undefined : rng.weighted({ '1.3': 60, '1.2': 38, '1.1': 1.2, '1.0': 0.8 });
  const t: Connection['transport'] = {
    protocol: !encrypted && protocol === 'https' ? 'http' : protocol,
    certificateValidation: rng.chance(0.98),
    pinning: serviceToService && rng.chance(0.2),
    mtls: serviceToService && rng.chance(0.85),
  };
  if (tlsVersion !== undefined) t.tlsVersion = tlsVersion;
  return t;
}

/**
 * Background connections: mostly healthy (service identities, vault, TLS 1.2+, rotated within 90 days), with
 * realistic low rates of each weakness so every rule has some noise to triage at scale.
 */
function addConnections(d: Draft, rng: Rng, spec: ScaleSpec, dir: Directory, targets: BgTarget[]): Connection[] {
  const out: Connection[] = [];
  const nhis = [...dir.serviceAccounts, ...dir.appRegistrations];
  for (let i = 1; i <= spec.connections; i++) {
    const { target, template } = rng.pick(targets);
    const platform = rng.weighted(PLATFORM_WEIGHTS) as Platform;
    const environment = rng.weighted({ prod: 60, test: 20, dev: 20 }) as Environment;
    const owner = rng.pick(dir.active);
    const personal = rng.chance(0.25);
    const identity = personal ? owner : rng.pick(nhis);
    const authMethod: AuthMethod = personal
      ? rng.weighted({ oauth_delegated: 65, password: 20, windows: 15 })
      : rng.weighted({ oauth_client_credentials: 40, managed_identity: 18, certificate: 14, api_key: 16, password: 10, bearer_token: 2 });
    const secretStorage: SecretStorage = authMethod === 'managed_identity' ? 'platform_encrypted'
      : rng.weighted({ vault: 50, platform_encrypted: 47.5, plaintext: 1.5, hardcoded: platform === 'script' ? 6 : 0.3 });
    const createdDays = rng.int(30, 900);
    const rotatedDays = Math.min(createdDays, rng.chance(0.93) ? rng.int(1, 85) : rng.int(91, 500));
    const staticSecret = authMethod !== 'managed_identity' && authMethod !== 'oauth_delegated' && authMethod !== 'windows';
    const credential: Connection['credential'] = { createdAt: daysAgo(createdDays) };
    if (authMethod !== 'managed_identity') credential.lastRotatedAt = daysAgo(rotatedDays);
    if (authMethod === 'api_key' || authMethod === 'bearer_token' || authMethod === 'certificate' || authMethod === 'oauth_client_credentials') {
      const lifetime = rng.chance(0.9) ? rng.int(30, 90) : rng.chance(0.5) ? rng.int(180, 730) : -1;
      if (lifetime > 0) credential.expiresAt = isoAt(REF_MS - rotatedDays * DAY_MS + lifetime * DAY_MS);
    }
    // Distinct by construction (mix32 is a bijection), so background secrets are never accidentally "reused".
    if (staticSecret) credential.fingerprint = `sha256:${hex8(mix32(i ^ 0x5bd1e995))}${hex8(i)}`;
    if (authMethod === 'password' && !personal) credential.accountName = `svc_${template.hostPrefix}_${i}`;
    const serviceToService = !personal && (template.kind === 'api' || template.kind === 'message_queue' || template.kind === 'database') && rng.chance(0.5);
    const privilege: Privilege = rng.weighted({ read_only: 45, read_write: 45, admin: 10 });
    const c: Connection = {
      id: `c-${pad(i)}`,
      name: `${target.name} (${platform.replace('_', ' ')})`,
      platform,
      environment,
      connector: template.connectors[platform] ?? template.connectors.default,
      targetId: target.id,
      authenticatesAs: identity,
      ownerId: owner,
      authMethod,
      secretStorage,
      credential,
      transport: transportFor(rng, template, serviceToService),
      privilege,
      serviceToService,
    };
    const need = rng.next();
    if (need < 0.62) c.requiredPrivilege = privilege;
    else if (need < 0.7 && privilege !== 'read_only') c.requiredPrivilege = 'read_only';
    d.connections.push(c);
    out.push(c);
  }
  return out;
}

/**
 * Apps use one to three neighbouring connections. Most shared apps come with matching explicit connection shares
 * (a deliberate grant); the rest leave the connection implicitly shared, as happens in real tenants.
 */
function addApps(d: Draft, rng: Rng, spec: ScaleSpec, dir: Directory, conns: Connection[]): void {
  const personalFor = (c: Connection) => c.authenticatesAs === c.ownerId;
  for (let i = 1; i <= spec.apps; i++) {
    const first = rng.int(0, conns.length - 1);
    const used = conns.slice(first, first + rng.int(1, 3));
    const lead = used[0] as Connection;
    const id = `a-${pad(i)}`;
    const app: App = {
      id,
      name: `${rng.pick(APP_WORDS)} ${i}`,
      kind: rng.weighted({ app: 45, flow: 35, bot: 12, script: 8 }),
      platform: lead.platform,
      environment: lead.environment,
      ownerId: lead.ownerId,
      connectionIds: used.map((c) => c.id),
      accessMode: used.every((c) => c.requiredPrivilege === 'read_only') ? 'read_only' : 'read_write',
    };
    if (app.kind === 'script') app.repository = `https://git.corp.example.com/automation/${app.name.toLowerCase().replace(/\s+/g, '-')}`;
    d.apps.push(app);
    if (rng.chance(0.2)) continue;
    const personal = used.some(personalFor);
    const grants = personal ? rng.int(1, 2) : rng.int(1, 4);
    const mirror = rng.chance(0.88);
    for (let g = 0; g < grants; g++) {
      const grantee = personal ? rng.pick(dir.active)
        : rng.chance(0.004) ? rng.pick(dir.departmentGroups)
        : rng.chance(0.5) ? (rng.pick(dir.teams)).id : rng.pick(dir.active);
      share(d, 'app', id, grantee, rng.chance(0.85) ? 'use' : 'edit');
      if (mirror) for (const c of used) share(d, 'connection', c.id, grantee, 'use');
    }
  }
}

function addDirectShares(d: Draft, rng: Rng, dir: Directory, conns: Connection[]): void {
  for (const c of conns) {
    const n = rng.weighted({ 0: 55, 1: 30, 2: 15 });
    const personal = c.authenticatesAs === c.ownerId;
    for (let k = 0; k < Number(n); k++) {
      const grantee = !personal && rng.chance(0.4) ? rng.pick(dir.teams).id : rng.pick(dir.active);
      share(d, 'connection', c.id, grantee, rng.weighted({ use: 80, edit: 15, reshare: 5 }));
    }
    if (rng.chance(0.08)) {
      d.activity.push({
        connectionId: c.id, windowStart: daysAgo(31), windowEnd: daysAgo(1),
        distinctCallers: personal ? rng.int(1, 3) : rng.int(1, 40), distinctSourceAddresses: personal ? rng.int(1, 2) : rng.int(1, 12),
      });
    }
  }
}

export function addBackground(d: Draft, rng: Rng, spec: ScaleSpec, dir: Directory): void {
  const targets = addTargets(d, rng, spec);
  const conns = addConnections(d, rng, spec, dir, targets);
  addApps(d, rng, spec, dir, conns);
  addDirectShares(d, rng, dir, conns);
}
