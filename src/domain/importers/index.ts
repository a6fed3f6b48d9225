import type { ImportFormat } from '../../contract/imports';
import { importCsv } from './csv';
import { importN8n } from './n8n';
import { importNative } from './native';
import { importPowerPlatform } from './powerPlatform';
import type { ImportOptions, ImportResult } from './types';

export type { ImportIssue, ImportOptions, ImportProgress, ImportResult } from './types';
export { DEFAULT_MAX_BYTES } from './types';
export { devFingerprint } from './sha256';

const IMPORTERS: Record<ImportFormat, (content: string, options: ImportOptions) => ImportResult> = {
  native: importNative,
  power_platform: importPowerPlatform,
  n8n: importN8n,
  csv: importCsv,
};

/** Turns a file of any supported format into a validated native inventory, or located errors. Pure. */
export const runImporter = (format: ImportFormat, content: string, options: ImportOptions): ImportResult => IMPORTERS[format](content, options);
