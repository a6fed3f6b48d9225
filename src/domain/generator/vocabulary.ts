import type { Platform, Protocol, TargetSystem } from '../../contract/inventory';

/** Realistic words for the demo inventory. Small lists: enough variety to look real, cheap at any scale. */

export const DEPARTMENTS = ['Sales', 'Finance', 'HR', 'Engineering', 'Support', 'Marketing', 'Operations', 'Legal'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** Sales is the largest department so the planted "All Sales" group (about 250) fits even the demo inventory. */
export const DEPARTMENT_WEIGHTS: Record<Department, number> = {
  Sales: 38, Finance: 8, HR: 5, Engineering: 14, Support: 12, Marketing: 10, Operations: 9, Legal: 4,
};

export const FIRST_NAMES = [
  'Aisha', 'Ben', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Keiko', 'Liam', 'Maya', 'Nils',
  'Olivia', 'Pavel', 'Quinn', 'Rosa', 'Sanjay', 'Tara', 'Umar', 'Vera', 'Wei', 'Ximena', 'Yusuf', 'Zoe', 'Amelie', 'Bruno',
  'Chloe', 'Diego', 'Emma', 'Felix', 'Hannah', 'Ivan', 'Julia', 'Kwame', 'Lena', 'Mateo', 'Nadia', 'Oscar', 'Priya', 'Rafael',
];
export const LAST_NAMES = [
  'Andersen', 'Baker', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hughes', 'Ivanova', 'Jensen', 'Kowalski', 'Lopez',
  'Moreau', 'Nakamura', 'Okafor', 'Patel', 'Quintero', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Weber', 'Xu',
  'Yilmaz', 'Zimmermann', 'Bergstrom', 'Chen', 'Delgado', 'Fontaine', 'Haddad', 'Kim', 'Larsen', 'Mensah', 'Novak', 'Olsen',
];

export const PLATFORM_WEIGHTS: Record<Platform, number> = {
  power_platform: 35, n8n: 10, zapier: 9, make: 7, workato: 8, uipath: 10, salesforce: 8, servicenow: 7, script: 6,
};

export interface TargetTemplate {
  kind: TargetSystem['kind'];
  product: string;
  hostPrefix: string;
  protocol: Protocol;
  /** Connector id per platform; `default` for the others. */
  connectors: Partial<Record<Platform, string>> & { default: string };
  sensitivity: TargetSystem['sensitivity'][];
}

export const TARGET_TEMPLATES: readonly TargetTemplate[] = [
  { kind: 'database', product: 'SQL Server', hostPrefix: 'sql', protocol: 'tds', sensitivity: ['high', 'critical', 'medium'],
    connectors: { power_platform: 'shared_sql', n8n: 'n8n-nodes-base.microsoftSql', uipath: 'UiPath.Database.Activities', script: 'pyodbc', default: 'sql_server' } },
  { kind: 'database', product: 'PostgreSQL', hostPrefix: 'pg', protocol: 'postgres', sensitivity: ['medium', 'high'],
    connectors: { n8n: 'n8n-nodes-base.postgres', power_platform: 'shared_postgresql', script: 'psycopg2', default: 'postgresql' } },
  { kind: 'database', product: 'MySQL', hostPrefix: 'mysql', protocol: 'mysql', sensitivity: ['medium', 'high'],
    connectors: { n8n: 'n8n-nodes-base.mySql', power_platform: 'shared_mysql', default: 'mysql' } },
  { kind: 'database', product: 'Oracle', hostPrefix: 'ora', protocol: 'oracle', sensitivity: ['high', 'critical'],
    connectors: { power_platform: 'shared_oracle', uipath: 'UiPath.Database.Activities', default: 'oracle' } },
  { kind: 'file_transfer', product: 'SFTP server', hostPrefix: 'sftp', protocol: 'sftp', sensitivity: ['medium', 'high'],
    connectors: { power_platform: 'shared_sftpwithssh', n8n: 'n8n-nodes-base.ftp', default: 'sftp' } },
  { kind: 'saas', product: 'Zendesk', hostPrefix: 'support', protocol: 'https', sensitivity: ['medium'],
    connectors: { power_platform: 'shared_zendesk', n8n: 'n8n-nodes-base.zendesk', zapier: 'zendesk', default: 'zendesk' } },
  { kind: 'saas', product: 'Salesforce', hostPrefix: 'crm', protocol: 'https', sensitivity: ['high'],
    connectors: { power_platform: 'shared_salesforce', zapier: 'salesforce', workato: 'salesforce', default: 'salesforce' } },
  { kind: 'file_share', product: 'SharePoint site', hostPrefix: 'sharepoint', protocol: 'https', sensitivity: ['low', 'medium', 'high'],
    connectors: { power_platform: 'shared_sharepointonline', make: 'microsoft-sharepoint', default: 'sharepoint' } },
  { kind: 'api', product: 'REST API', hostPrefix: 'api', protocol: 'https', sensitivity: ['medium', 'high'],
    connectors: { power_platform: 'shared_webcontents', n8n: 'n8n-nodes-base.httpRequest', zapier: 'webhooks', script: 'requests', default: 'http' } },
  { kind: 'api', product: 'gRPC service', hostPrefix: 'grpc', protocol: 'grpc', sensitivity: ['medium', 'high'],
    connectors: { script: 'grpcio', default: 'grpc' } },
  { kind: 'mail', product: 'SMTP relay', hostPrefix: 'smtp', protocol: 'smtp', sensitivity: ['low', 'medium'],
    connectors: { power_platform: 'shared_smtp', n8n: 'n8n-nodes-base.emailSend', default: 'smtp' } },
  { kind: 'message_queue', product: 'RabbitMQ', hostPrefix: 'mq', protocol: 'amqp', sensitivity: ['medium'],
    connectors: { n8n: 'n8n-nodes-base.rabbitmq', default: 'amqp' } },
  { kind: 'directory', product: 'LDAP directory', hostPrefix: 'ldap', protocol: 'ldaps', sensitivity: ['high'],
    connectors: { default: 'ldap' } },
];

export const APP_WORDS = [
  'Expense Tracker', 'Leave Requests', 'Invoice Approval', 'Pipeline Dashboard', 'Ticket Triage', 'Onboarding Checklist',
  'Contract Register', 'Inventory Sync', 'Campaign Report', 'Order Export', 'Vendor Portal', 'Timesheet Bot',
  'Incident Notifier', 'Quote Builder', 'Asset Register', 'Payroll Check', 'Lead Router', 'Renewal Reminder',
];
