/** Public API of the domain module: rules, policy, analysis, sharing graph, what-if, generator, snapshots. */
export { RULES, RULES_BY_ID } from './rules/catalog';
export { DEFAULT_POLICY } from './policy';
export { analyze, type Analysis, type AnalyzeOptions, type ConnectionFacts } from './analyze';
export { simulate, type SimulateOptions } from './whatIf';
export { SharingGraph, type ListOptions } from './graph/sharingGraph';
export type { NeighbourhoodOptions, OverviewOptions } from './graph/views';
export { UnknownNodeError } from './graph/errors';
export { riskScore, riskValue, exposureFactor, SEVERITY_WEIGHT, SENSITIVITY_WEIGHT } from './scoring';
export { generateInventory } from './generator/generateInventory';
export { SCENARIOS, HEALTHY_CONNECTIONS } from './generator/scenarios';
export { SCALES, type Scale, type ScaleSpec } from './generator/scales';
export { GENERATED_AT } from './generator/draft';
export { generateHistory, type HistoryOptions } from './history';
export { computeSnapshot, postureScore, type SnapshotOptions } from './snapshot';
export type { Instant } from './time';
