import type { Policy } from '../contract/rules';

/**
 * Default thresholds. They follow common guidance (90-day rotation and token lifetime, TLS 1.2 floor) and
 * are a policy object rather than constants in the rules so an organisation can tune them without code changes.
 */
export const DEFAULT_POLICY: Policy = Object.freeze({
  maxRotationAgeDays: 90,
  maxTokenLifetimeDays: 90,
  impersonationMinCallers: 5,
  impersonationMinAddresses: 3,
  personalShareMinActors: 5,
  minTlsVersion: '1.2',
});
