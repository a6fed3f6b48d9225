import type { Draft } from './draft';
import { daysAgo, daysAhead, healthyConnection, person, share } from './draft';
import type { Directory } from './people';

/**
 * Stable ids of the planted scenarios of DESIGN.md, present at every scale, for tests, demos and UI tests.
 * `rule` is the rule each scenario must trigger on `subject`.
 */
export const SCENARIOS = {
  embeddedIdentity: {
    rule: 'personal-credential-shared', subject: 'c-dana-finance-sql',
    maker: 'p-dana-whitfield', app: 'a-sales-forecast', group: 'g-all-sales', target: 't-finance-sql',
  },
  implicitShare: { rule: 'implicit-connection-share', subject: 'c-dana-finance-sql' },
  impersonation: { rule: 'impersonation-signature', subject: 'c-dana-finance-sql' },
  aiScriptHardcodedKey: {
    rule: 'plaintext-secret', subject: 'c-ai-billing-script',
    app: 'a-ai-billing-export', group: 'g-contractors', identity: 'sa-billing-export', target: 't-partner-billing-api',
  },
  aiScriptHttp: { rule: 'unencrypted-protocol', subject: 'c-ai-billing-script' },
  ftpUnencrypted: { rule: 'unencrypted-protocol', subject: 'c-payroll-ftp', target: 't-payroll-ftp' },
  adminBehindReadOnlyApp: {
    rule: 'excess-privilege', subject: 'c-crm-db-admin', app: 'a-crm-readonly-report', identity: 'sa-crm-db-admin', target: 't-crm-db',
  },
  reusedServiceKey: {
    rule: 'reused-secret', subject: 'c-orders-api-dev', related: ['c-orders-api-prod'], identity: 'sa-orders-integration',
    fingerprint: 'sha256:9f3a1c5e7b2d4f60',
  },
  departedOwner: { rule: 'orphaned-connection', subject: 'c-marcus-zendesk', principal: 'p-marcus-oyelaran' },
  tlsValidationOff: { rule: 'tls-validation-disabled', subject: 'c-servicenow-tls-off' },
  noMtls: { rule: 'no-mtls-service-link', subject: 'c-s2s-inventory-grpc', related: ['c-s2s-ledger-api'] },
  noMfa: { rule: 'identity-without-mfa', subject: 'p-noah-brandt', connection: 'c-noah-sharepoint' },
  nonExpiringToken: { rule: 'long-lived-token', subject: 'c-marketing-bearer-token' },
  weakTls: { rule: 'weak-tls-version', subject: 'c-legacy-erp-tls10' },
  staleCredential: { rule: 'stale-credential', subject: 'c-warehouse-stale-password' },
  plaintextSecret: { rule: 'plaintext-secret', subject: 'c-n8n-mysql-plaintext' },
} as const;

/** Connections planted as examples of good practice: they must trigger no rule. */
export const HEALTHY_CONNECTIONS = ['c-healthy-vault-sql', 'c-healthy-oauth-salesforce', 'c-healthy-managed-identity-api', 'c-healthy-mtls-grpc'] as const;

/** Members of the planted "All Sales" group (nested: two regional groups plus a few direct members). */
const ALL_SALES_SIZE = 250;
const DANA_DIRECT_SHARES = 12;
const CONTRACTORS = 30;

export function addScenarios(d: Draft, dir: Directory): void {
  const P = d.principals;
  // People and groups.
  P.push(person('p-dana-whitfield', 'Dana Whitfield', 'Finance', { email: 'dana.whitfield@corp.example.com' }));
  P.push(person('p-marcus-oyelaran', 'Marcus Oyelaran', 'Support', { status: 'departed', departedAt: daysAgo(75) }));
  P.push(person('p-noah-brandt', 'Noah Brandt', 'Marketing', { mfa: false }));
  P.push(person('p-ines-calder', 'Ines Calder', 'Engineering'));
  const sales = (dir.byDepartment.get('Sales') ?? []).slice(0, ALL_SALES_SIZE);
  const half = Math.floor(sales.length * 0.48);
  P.push({ id: 'g-sales-emea', kind: 'group', name: 'Sales EMEA', department: 'Sales', status: 'active', members: sales.slice(0, half) });
  P.push({ id: 'g-sales-na', kind: 'group', name: 'Sales North America', department: 'Sales', status: 'active', members: sales.slice(half, half * 2) });
  P.push({ id: 'g-all-sales', kind: 'group', name: 'All Sales', department: 'Sales', status: 'active', members: ['g-sales-emea', 'g-sales-na', ...sales.slice(half * 2)] });
  const engineers = dir.byDepartment.get('Engineering') ?? [];
  const contractors = engineers.slice(Math.max(0, engineers.length - CONTRACTORS));
  P.push({ id: 'g-contractors', kind: 'group', name: 'Contractors', department: 'Engineering', businessUnit: 'External', status: 'active', members: contractors });
  for (const [id, name] of [
    ['sa-billing-export', 'svc-billing-export'], ['sa-crm-db-admin', 'crm_admin'], ['sa-orders-integration', 'svc-orders-integration'],
    ['sa-inventory-sync', 'svc-inventory-sync'], ['sa-ledger-posting', 'svc-ledger-posting'], ['sa-erp-legacy', 'svc-erp-legacy'],
    ['sa-warehouse-etl', 'svc-warehouse-etl'], ['sa-marketing-automation', 'svc-marketing-automation'], ['sa-itsm-bridge', 'svc-itsm-bridge'],
    ['sa-reporting-ro', 'svc-reporting-readonly'], ['sa-crm-sync', 'svc-crm-sync'], ['sa-ops-mi', 'ops-managed-identity'], ['sa-n8n-mysql', 'n8n_app'],
  ] as const) {
    P.push({ id, kind: 'service_account', name, department: 'Operations', status: 'active' });
  }

  // Targets.
  const T = d.targets;
  T.push({ id: 't-finance-sql', name: 'Finance SQL (fin-sql-01)', kind: 'database', host: 'fin-sql-01.corp.example.com', sensitivity: 'critical', description: 'General ledger and forecasts' });
  T.push({ id: 't-partner-billing-api', name: 'Partner Billing API', kind: 'api', host: 'api.partner-billing.example.com', sensitivity: 'high' });
  T.push({ id: 't-payroll-ftp', name: 'Payroll provider FTP', kind: 'file_transfer', host: 'ftp.payroll-provider.example.com', sensitivity: 'critical' });
  T.push({ id: 't-crm-db', name: 'CRM database', kind: 'database', host: 'crm-db-02.corp.example.com', sensitivity: 'high' });
  T.push({ id: 't-orders-api', name: 'Orders API (prod)', kind: 'api', host: 'orders.api.corp.example.com', sensitivity: 'high' });
  T.push({ id: 't-orders-api-dev', name: 'Orders API (dev)', kind: 'api', host: 'orders.dev-api.corp.example.com', sensitivity: 'medium' });
  T.push({ id: 't-zendesk', name: 'Zendesk (support)', kind: 'saas', host: 'corp.zendesk.com', sensitivity: 'medium' });
  T.push({ id: 't-servicenow-cmdb', name: 'ServiceNow CMDB API', kind: 'api', host: 'cmdb.corp.example.com', sensitivity: 'medium' });
  T.push({ id: 't-inventory-grpc', name: 'Inventory service', kind: 'api', host: 'inventory.svc.corp.example.com', sensitivity: 'medium' });
  T.push({ id: 't-ledger-api', name: 'Ledger posting API', kind: 'api', host: 'ledger.svc.corp.example.com', sensitivity: 'high' });
  T.push({ id: 't-marketing-sharepoint', name: 'Marketing SharePoint', kind: 'file_share', host: 'corp.sharepoint.com/sites/marketing', sensitivity: 'low' });
  T.push({ id: 't-ad-api', name: 'Ads platform API', kind: 'api', host: 'api.ads-platform.example.com', sensitivity: 'medium' });
  T.push({ id: 't-legacy-erp', name: 'Legacy ERP', kind: 'api', host: 'erp-legacy.corp.example.com', sensitivity: 'high' });
  T.push({ id: 't-warehouse-db', name: 'Warehouse DB', kind: 'database', host: 'wh-db-01.corp.example.com', sensitivity: 'medium' });
  T.push({ id: 't-ops-mysql', name: 'Ops MySQL', kind: 'database', host: 'ops-mysql.corp.example.com', sensitivity: 'medium' });
  T.push({ id: 't-reporting-sql', name: 'Reporting SQL', kind: 'database', host: 'rpt-sql-01.corp.example.com', sensitivity: 'medium' });
  T.push({ id: 't-salesforce', name: 'Salesforce (prod org)', kind: 'saas', host: 'corp.my.salesforce.com', sensitivity: 'high' });

  const C = d.connections;
  const tds12 = { protocol: 'tds', tlsVersion: '1.2', certificateValidation: true, pinning: false, mtls: false } as const;
  // 1. Embedded identity: Dana's own SQL login inside an app shared with All Sales.
  C.push(healthyConnection({
    id: 'c-dana-finance-sql', name: 'Finance SQL (Dana)', platform: 'power_platform', connector: 'shared_sql', targetId: 't-finance-sql',
    authenticatesAs: 'p-dana-whitfield', ownerId: 'p-dana-whitfield', authMethod: 'oauth_delegated', secretStorage: 'platform_encrypted',
    credential: { createdAt: daysAgo(200), lastRotatedAt: daysAgo(30) }, transport: tds12, privilege: 'read_write', requiredPrivilege: 'read_write',
    description: 'Created by the maker while building the forecast app; signs in with her own account.',
  }));
  d.apps.push({ id: 'a-sales-forecast', name: 'Sales Forecast Tracker', kind: 'app', platform: 'power_platform', environment: 'prod', ownerId: 'p-dana-whitfield', connectionIds: ['c-dana-finance-sql'], accessMode: 'read_write' });
  share(d, 'app', 'a-sales-forecast', 'g-all-sales', 'use', 's-sales-forecast-all-sales');
  sales.slice(0, DANA_DIRECT_SHARES).forEach((pid, i) => share(d, 'connection', 'c-dana-finance-sql', pid, 'use', `s-dana-direct-${String(i + 1).padStart(2, '0')}`));
  d.activity.push({ connectionId: 'c-dana-finance-sql', windowStart: daysAgo(31), windowEnd: daysAgo(1), distinctCallers: 214, distinctSourceAddresses: 187 });

  // 2. AI-generated script with a hard-coded key over plain http, in a repo the contractors can edit.
  C.push(healthyConnection({
    id: 'c-ai-billing-script', name: 'billing_export.py API client', platform: 'script', connector: 'requests', targetId: 't-partner-billing-api',
    authenticatesAs: 'sa-billing-export', ownerId: 'p-ines-calder', authMethod: 'api_key', secretStorage: 'hardcoded', environment: 'prod',
    credential: { createdAt: daysAgo(40), lastRotatedAt: daysAgo(40), expiresAt: daysAhead(50), fingerprint: 'sha256:51c0e2aa19d4b7f3' },
    transport: { protocol: 'http', certificateValidation: false, pinning: false, mtls: false }, privilege: 'read_only', requiredPrivilege: 'read_only',
    description: 'Script generated with an AI assistant; the API key is a string literal in the code.',
  }));
  d.apps.push({ id: 'a-ai-billing-export', name: 'Billing export script', kind: 'script', platform: 'script', environment: 'prod', ownerId: 'p-ines-calder', connectionIds: ['c-ai-billing-script'], accessMode: 'read_only', repository: 'https://git.corp.example.com/finance-ops/billing-export' });
  share(d, 'app', 'a-ai-billing-export', 'g-contractors', 'edit', 's-billing-export-contractors');

  // 3. FTP without encryption.
  C.push(healthyConnection({
    id: 'c-payroll-ftp', name: 'Payroll file drop', platform: 'power_platform', connector: 'shared_ftp', targetId: 't-payroll-ftp',
    authenticatesAs: 'sa-warehouse-etl', ownerId: 'p-dana-whitfield', authMethod: 'password', secretStorage: 'platform_encrypted',
    credential: { createdAt: daysAgo(300), lastRotatedAt: daysAgo(45), accountName: 'payroll_upload' },
    transport: { protocol: 'ftp', certificateValidation: true, pinning: false, mtls: false }, privilege: 'read_write', requiredPrivilege: 'read_write',
  }));
  // 4. Admin credentials behind a read-only report.
  C.push(healthyConnection({
    id: 'c-crm-db-admin', name: 'CRM DB (crm_admin)', platform: 'power_platform', connector: 'shared_sql', targetId: 't-crm-db',
    authenticatesAs: 'sa-crm-db-admin', ownerId: 'p-ines-calder', authMethod: 'password', secretStorage: 'vault',
    credential: { createdAt: daysAgo(120), lastRotatedAt: daysAgo(15), accountName: 'crm_admin' }, transport: tds12, privilege: 'admin', requiredPrivilege: undefined,
  }));
  delete C[C.length - 1]!.requiredPrivilege;
  d.apps.push({ id: 'a-crm-readonly-report', name: 'CRM Accounts Report', kind: 'app', platform: 'power_platform', environment: 'prod', ownerId: 'p-ines-calder', connectionIds: ['c-crm-db-admin'], accessMode: 'read_only' });
  share(d, 'app', 'a-crm-readonly-report', 'sa-reporting-ro', 'use', 's-crm-report-ro');
  share(d, 'connection', 'c-crm-db-admin', 'sa-reporting-ro', 'use', 's-crm-db-ro');
  // 5. One service key reused across prod and dev on two platforms.
  const orders = { authenticatesAs: 'sa-orders-integration', ownerId: 'p-ines-calder', authMethod: 'api_key', credential: { createdAt: daysAgo(30), lastRotatedAt: daysAgo(30), expiresAt: daysAhead(55), fingerprint: 'sha256:9f3a1c5e7b2d4f60' } } as const;
  C.push(healthyConnection({ id: 'c-orders-api-prod', name: 'Orders API (Workato)', platform: 'workato', connector: 'http', targetId: 't-orders-api', environment: 'prod', ...orders, credential: { ...orders.credential } }));
  C.push(healthyConnection({ id: 'c-orders-api-dev', name: 'Orders API dev (Zapier)', platform: 'zapier', connector: 'webhooks', targetId: 't-orders-api-dev', environment: 'dev', ...orders, credential: { ...orders.credential } }));
  // 6. Departed owner (and identity).
  C.push(healthyConnection({
    id: 'c-marcus-zendesk', name: 'Zendesk (Marcus)', platform: 'power_platform', connector: 'shared_zendesk', targetId: 't-zendesk',
    authenticatesAs: 'p-marcus-oyelaran', ownerId: 'p-marcus-oyelaran', authMethod: 'oauth_delegated', secretStorage: 'platform_encrypted',
    credential: { createdAt: daysAgo(500), lastRotatedAt: daysAgo(80) }, privilege: 'read_write', requiredPrivilege: 'read_write',
  }));
  // 7. TLS certificate validation turned off.
  C.push(healthyConnection({
    id: 'c-servicenow-tls-off', name: 'CMDB lookup', platform: 'servicenow', connector: 'rest_message', targetId: 't-servicenow-cmdb',
    authenticatesAs: 'sa-itsm-bridge', ownerId: 'p-ines-calder', transport: { protocol: 'https', tlsVersion: '1.2', certificateValidation: false, pinning: false, mtls: false },
  }));
  // 8. Service-to-service links without mTLS.
  C.push(healthyConnection({
    id: 'c-s2s-inventory-grpc', name: 'Inventory sync (gRPC)', platform: 'script', connector: 'grpcio', targetId: 't-inventory-grpc', serviceToService: true,
    authenticatesAs: 'sa-inventory-sync', ownerId: 'p-ines-calder', authMethod: 'certificate', transport: { protocol: 'grpc', tlsVersion: '1.3', certificateValidation: true, pinning: false, mtls: false },
  }));
  C.push(healthyConnection({
    id: 'c-s2s-ledger-api', name: 'Ledger posting', platform: 'workato', connector: 'http', targetId: 't-ledger-api', serviceToService: true,
    authenticatesAs: 'sa-ledger-posting', ownerId: 'p-dana-whitfield', transport: { protocol: 'https', tlsVersion: '1.2', certificateValidation: true, pinning: false, mtls: false },
    privilege: 'read_write', requiredPrivilege: 'read_write',
  }));
  // 9. A person without MFA behind a connection.
  C.push(healthyConnection({
    id: 'c-noah-sharepoint', name: 'Marketing SharePoint (Noah)', platform: 'power_platform', connector: 'shared_sharepointonline', targetId: 't-marketing-sharepoint',
    authenticatesAs: 'p-noah-brandt', ownerId: 'p-noah-brandt', authMethod: 'oauth_delegated', secretStorage: 'platform_encrypted',
    credential: { createdAt: daysAgo(90), lastRotatedAt: daysAgo(10) }, privilege: 'read_write', requiredPrivilege: 'read_write',
  }));
  // 10. Non-expiring bearer token.
  C.push(healthyConnection({
    id: 'c-marketing-bearer-token', name: 'Ads API token', platform: 'make', connector: 'http', targetId: 't-ad-api',
    authenticatesAs: 'sa-marketing-automation', ownerId: 'p-noah-brandt', authMethod: 'bearer_token',
    credential: { createdAt: daysAgo(60), lastRotatedAt: daysAgo(60), fingerprint: 'sha256:0b7e44c1d9a2e6f8' },
  }));
  // 11–13. TLS 1.0, a password never rotated, a plaintext secret.
  C.push(healthyConnection({
    id: 'c-legacy-erp-tls10', name: 'Legacy ERP orders', platform: 'uipath', connector: 'UiPath.WebAPI.Activities', targetId: 't-legacy-erp',
    authenticatesAs: 'sa-erp-legacy', ownerId: 'p-ines-calder', transport: { protocol: 'https', tlsVersion: '1.0', certificateValidation: true, pinning: false, mtls: false },
  }));
  C.push(healthyConnection({
    id: 'c-warehouse-stale-password', name: 'Warehouse DB (etl)', platform: 'n8n', connector: 'n8n-nodes-base.microsoftSql', targetId: 't-warehouse-db',
    authenticatesAs: 'sa-warehouse-etl', ownerId: 'p-ines-calder', authMethod: 'password', credential: { createdAt: daysAgo(900), lastRotatedAt: daysAgo(410), accountName: 'wh_etl' },
    transport: tds12,
  }));
  C.push(healthyConnection({
    id: 'c-n8n-mysql-plaintext', name: 'Ops MySQL', platform: 'n8n', connector: 'n8n-nodes-base.mySql', targetId: 't-ops-mysql',
    authenticatesAs: 'sa-n8n-mysql', ownerId: 'p-ines-calder', authMethod: 'password', secretStorage: 'plaintext',
    credential: { createdAt: daysAgo(50), lastRotatedAt: daysAgo(50), accountName: 'n8n_app' },
    transport: { protocol: 'mysql', tlsVersion: '1.3', certificateValidation: true, pinning: false, mtls: false },
  }));
  // Healthy examples.
  C.push(healthyConnection({
    id: 'c-healthy-vault-sql', name: 'Reporting SQL (vault)', platform: 'power_platform', connector: 'shared_sql', targetId: 't-reporting-sql',
    authenticatesAs: 'sa-reporting-ro', ownerId: 'p-ines-calder', authMethod: 'password', credential: { createdAt: daysAgo(200), lastRotatedAt: daysAgo(12), accountName: 'rpt_reader' },
    transport: { protocol: 'tds', tlsVersion: '1.3', certificateValidation: true, pinning: false, mtls: false },
  }));
  C.push(healthyConnection({
    id: 'c-healthy-oauth-salesforce', name: 'Salesforce sync', platform: 'workato', connector: 'salesforce', targetId: 't-salesforce',
    authenticatesAs: 'sa-crm-sync', ownerId: 'p-ines-calder', privilege: 'read_write', requiredPrivilege: 'read_write',
  }));
  C.push(healthyConnection({
    id: 'c-healthy-managed-identity-api', name: 'Orders API (managed identity)', platform: 'power_platform', connector: 'shared_webcontents', targetId: 't-orders-api',
    authenticatesAs: 'sa-ops-mi', ownerId: 'p-ines-calder', authMethod: 'managed_identity', credential: { createdAt: daysAgo(100) },
  }));
  C.push(healthyConnection({
    id: 'c-healthy-mtls-grpc', name: 'Inventory read (mTLS)', platform: 'script', connector: 'grpcio', targetId: 't-inventory-grpc', serviceToService: true,
    authenticatesAs: 'sa-inventory-sync', ownerId: 'p-ines-calder', authMethod: 'certificate',
    credential: { createdAt: daysAgo(100), lastRotatedAt: daysAgo(25), expiresAt: daysAhead(65) },
    transport: { protocol: 'grpc', tlsVersion: '1.3', certificateValidation: true, pinning: true, mtls: true },
  }));
}
