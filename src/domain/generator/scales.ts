/** Sizes per scale. Planted scenarios come on top of the background and are the same at every scale. */
export interface ScaleSpec {
  persons: number;
  serviceAccounts: number;
  appRegistrations: number;
  teams: number;
  targets: number;
  connections: number;
  apps: number;
}

export type Scale = 'demo' | 'm' | 'l';

export const SCALES: Record<Scale, ScaleSpec> = {
  demo: { persons: 700, serviceAccounts: 60, appRegistrations: 20, teams: 24, targets: 36, connections: 280, apps: 130 },
  m: { persons: 20_000, serviceAccounts: 2_000, appRegistrations: 500, teams: 700, targets: 600, connections: 10_000, apps: 5_000 },
  l: { persons: 160_000, serviceAccounts: 20_000, appRegistrations: 5_000, teams: 6_000, targets: 5_000, connections: 100_000, apps: 50_000 },
};
