import type { Principal } from '../../contract/inventory';
import { daysAgo, person, type Draft } from './draft';
import type { Rng } from './prng';
import type { ScaleSpec } from './scales';
import { DEPARTMENTS, DEPARTMENT_WEIGHTS, FIRST_NAMES, LAST_NAMES, type Department } from './vocabulary';

export interface Directory {
  byDepartment: Map<Department, string[]>;
  /** Active persons, for owners and grantees. */
  active: string[];
  teams: { id: string; department: Department; size: number }[];
  departmentGroups: string[];
  serviceAccounts: string[];
  appRegistrations: string[];
}

const pad = (n: number) => String(n).padStart(6, '0');

/**
 * Background people and groups. Teams (8–40 people of one department) are the usual share target; a department
 * group nests its teams, and one team in ten nests another, so group expansion is exercised at every scale.
 */
export function addDirectory(d: Draft, rng: Rng, spec: ScaleSpec): Directory {
  const byDepartment = new Map<Department, string[]>(DEPARTMENTS.map((dep) => [dep, []]));
  const active: string[] = [];
  for (let i = 1; i <= spec.persons; i++) {
    const dep = rng.weighted(DEPARTMENT_WEIGHTS);
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const id = `p-${pad(i)}`;
    const departed = rng.chance(0.03);
    const list = byDepartment.get(dep) as string[];
    const extra: Partial<Principal> = {
      email: `${first}.${last}.${i}@corp.example.com`.toLowerCase(),
      mfa: rng.chance(0.985) ? true : rng.chance(0.5) ? false : undefined,
    };
    if (list.length > 0) extra.managerId = list[Math.floor(list.length / 8)] as string;
    if (departed) {
      extra.status = 'departed';
      extra.departedAt = daysAgo(rng.int(10, 400));
    }
    const p = person(id, `${first} ${last}`, dep, extra);
    if (p.mfa === undefined) delete p.mfa;
    d.principals.push(p);
    list.push(id);
    if (!departed) active.push(id);
  }
  const teams: Directory['teams'] = [];
  const teamsByDept = new Map<Department, string[]>(DEPARTMENTS.map((dep) => [dep, []]));
  for (let t = 1; t <= spec.teams; t++) {
    const dep = DEPARTMENTS[t % DEPARTMENTS.length] as Department;
    const pool = byDepartment.get(dep) as string[];
    const size = Math.min(pool.length, rng.int(8, 40));
    const start = pool.length > size ? rng.int(0, pool.length - size) : 0;
    const members = pool.slice(start, start + size);
    const id = `g-team-${pad(t)}`;
    const siblings = teamsByDept.get(dep) as string[];
    if (siblings.length > 0 && rng.chance(0.1)) members.push(rng.pick(siblings));
    d.principals.push({ id, kind: 'group', name: `${dep} Team ${t}`, department: dep, status: 'active', members });
    siblings.push(id);
    teams.push({ id, department: dep, size: members.length });
  }
  const departmentGroups: string[] = [];
  for (const dep of DEPARTMENTS) {
    const id = `g-dept-${dep.toLowerCase()}`;
    d.principals.push({ id, kind: 'group', name: `${dep} (all teams)`, department: dep, status: 'active', members: teamsByDept.get(dep) ?? [] });
    departmentGroups.push(id);
  }
  const serviceAccounts: string[] = [];
  for (let i = 1; i <= spec.serviceAccounts; i++) {
    const id = `sa-${pad(i)}`;
    const dep = rng.pick(DEPARTMENTS);
    d.principals.push({ id, kind: 'service_account', name: `svc-${dep.toLowerCase()}-${i}`, department: dep, status: 'active' });
    serviceAccounts.push(id);
  }
  const appRegistrations: string[] = [];
  for (let i = 1; i <= spec.appRegistrations; i++) {
    const id = `ar-${pad(i)}`;
    const dep = rng.pick(DEPARTMENTS);
    d.principals.push({ id, kind: 'app_registration', name: `${dep} Integration App ${i}`, department: dep, status: 'active' });
    appRegistrations.push(id);
  }
  return { byDepartment, active, teams, departmentGroups, serviceAccounts, appRegistrations };
}
