import type { Rule } from '../../contract/rules';
import type { RuleDefinition } from './types';
import { personalCredentialShared } from './personalCredentialShared';
import { implicitConnectionShare } from './implicitConnectionShare';
import { impersonationSignature } from './impersonationSignature';
import { plaintextSecret } from './plaintextSecret';
import { tlsValidationDisabled } from './tlsValidationDisabled';
import { unencryptedProtocol } from './unencryptedProtocol';
import { weakTlsVersion } from './weakTlsVersion';
import { noMtlsServiceLink } from './noMtlsServiceLink';
import { identityWithoutMfa } from './identityWithoutMfa';
import { longLivedToken } from './longLivedToken';
import { staleCredential } from './staleCredential';
import { reusedSecret } from './reusedSecret';
import { excessPrivilege } from './excessPrivilege';
import { orphanedConnection } from './orphanedConnection';

/** Every rule the engine runs, in catalog order (most severe incidents first). */
export const RULE_DEFINITIONS: readonly RuleDefinition[] = [
  personalCredentialShared,
  impersonationSignature,
  plaintextSecret,
  implicitConnectionShare,
  unencryptedProtocol,
  tlsValidationDisabled,
  excessPrivilege,
  reusedSecret,
  orphanedConnection,
  identityWithoutMfa,
  weakTlsVersion,
  noMtlsServiceLink,
  longLivedToken,
  staleCredential,
];

/** The catalog metadata served at GET /api/v1/rules. */
export const RULES: readonly Rule[] = RULE_DEFINITIONS.map((d) => d.meta);

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
