import { z } from './zod';

export const Severity = z.enum(['critical', 'high', 'medium', 'low']);
export type Severity = z.infer<typeof Severity>;

/** OWASP ids as published: Citizen Development Top 10 (CD-SEC-01..10) and Non-Human Identities Top 10 (NHI1..10:2025). */
export const OwaspId = z.string().regex(/^(CD-SEC-(0[1-9]|10)|NHI([1-9]|10):2025)$/);

export const SubjectType = z.enum(['connection', 'principal', 'app']);
export type SubjectType = z.infer<typeof SubjectType>;

export const Rule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  severity: Severity,
  owasp: z.array(OwaspId).min(1),
  subjectType: SubjectType,
  /** What the rule checks, in one or two sentences a maker understands. */
  checks: z.string(),
  /** The inventory fields the evidence quotes. */
  evidenceFields: z.array(z.string()),
  /** Steps a maker can follow, in order. */
  remediation: z.array(z.string()).min(1),
});
export type Rule = z.infer<typeof Rule>;

/** Thresholds of the rules; a policy object so an organisation can tune them without code changes. */
export const Policy = z.object({
  maxRotationAgeDays: z.number().int().positive(),
  maxTokenLifetimeDays: z.number().int().positive(),
  /** Distinct callers behind one identity that make the impersonation signature. */
  impersonationMinCallers: z.number().int().positive(),
  impersonationMinAddresses: z.number().int().positive(),
  /** How many people (besides the owner) able to act through personal credentials makes them "shared with many". */
  personalShareMinActors: z.number().int().positive(),
  minTlsVersion: z.enum(['1.2', '1.3']),
});
export type Policy = z.infer<typeof Policy>;

export const Evidence = z.object({
  /** Dotted path of the inventory field, e.g. `transport.certificateValidation`. */
  field: z.string(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  note: z.string().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const RiskScore = z.object({
  /** 0–100. */
  value: z.number().min(0).max(100),
  severity: Severity.nullable(),
  exposure: z.number().int().nonnegative(),
  sensitivity: z.enum(['low', 'medium', 'high', 'critical']).nullable(),
  /** Human-readable factors in the order they were applied, so the number is never a black box. */
  explanation: z.array(z.string()),
});
export type RiskScore = z.infer<typeof RiskScore>;

/** What the engine detects: one rule violated by one subject. Triage state is added by the API layer. */
export const Detection = z.object({
  /** Stable identity across imports: `${ruleId}:${subjectType}:${subjectId}`. */
  key: z.string(),
  ruleId: z.string(),
  severity: Severity,
  owasp: z.array(OwaspId),
  subjectType: SubjectType,
  subjectId: z.string(),
  subjectName: z.string(),
  /** Other subjects involved, e.g. every connection sharing one reused secret. */
  relatedIds: z.array(z.string()),
  evidence: z.array(Evidence).min(1),
  /** How many principals can act through the subject. */
  exposure: z.number().int().nonnegative(),
  riskScore: z.number().min(0).max(100),
});
export type Detection = z.infer<typeof Detection>;
