/**
 * Datasource specifications and authentication strategies of relational database connections, as data: the
 * grammar keyword, the engine's `_type`, and each field's grammar key, JSON name and value kind. Types not in
 * the table are kept generically (grammar keys as JSON names) so they still round-trip.
 */

export type FieldKind = 'string' | 'integer' | 'boolean' | 'identifier' | 'stringList' | 'integerString';

export interface FieldSpec {
  key: string;
  json: string;
  kind: FieldKind;
}

export interface PartSpec {
  grammar: string;
  type: string;
  fields: FieldSpec[];
}

const f = (key: string, kind: FieldKind = 'string', json = key): FieldSpec => ({ key, json, kind });

export const DATASOURCE_SPECS: PartSpec[] = [
  { grammar: 'Static', type: 'static', fields: [f('name', 'string', 'databaseName'), f('host'), f('port', 'integer')] },
  {
    grammar: 'LocalH2',
    type: 'h2Local',
    fields: [f('testDataSetupCSV', 'string', 'testDataSetupCsv'), f('testDataSetupSqls', 'stringList')],
  },
  {
    grammar: 'EmbeddedH2',
    type: 'h2Embedded',
    fields: [f('name', 'string', 'databaseName'), f('directory'), f('autoServerMode', 'boolean')],
  },
  {
    grammar: 'Snowflake',
    type: 'snowflake',
    fields: [
      f('name', 'string', 'databaseName'),
      f('account', 'string', 'accountName'),
      f('warehouse', 'string', 'warehouseName'),
      f('region'),
      f('cloudType'),
      f('quotedIdentifiersIgnoreCase', 'boolean'),
      f('enableQueryTags', 'boolean'),
      f('proxyHost'),
      f('proxyPort'),
      f('nonProxyHosts'),
      f('accountType', 'identifier'),
      f('organization'),
      f('role'),
      f('tempTableDb'),
      f('tempTableSchema'),
      f('setSessionTimezone', 'boolean'),
      f('setSessionQuotedIdentifiersIgnoreCase', 'boolean'),
    ],
  },
  { grammar: 'Databricks', type: 'databricks', fields: [f('hostname'), f('port'), f('protocol'), f('httpPath')] },
  {
    grammar: 'Spanner',
    type: 'spanner',
    fields: [f('projectId'), f('instanceId'), f('databaseId'), f('proxyHost'), f('proxyPort', 'integer')],
  },
  { grammar: 'BigQuery', type: 'bigQuery', fields: [f('projectId'), f('defaultDataset'), f('proxyHost'), f('proxyPort')] },
  {
    grammar: 'Redshift',
    type: 'redshift',
    fields: [f('host'), f('port', 'integer'), f('name', 'string', 'databaseName'), f('region'), f('clusterID'), f('endpointURL')],
  },
];

export const AUTHENTICATION_STRATEGIES: PartSpec[] = [
  { grammar: 'DefaultH2', type: 'h2Default', fields: [] },
  { grammar: 'Test', type: 'test', fields: [] },
  { grammar: 'DelegatedKerberos', type: 'delegatedKerberos', fields: [f('serverPrincipal')] },
  {
    grammar: 'UserNamePassword',
    type: 'userNamePassword',
    fields: [f('baseVaultReference'), f('userNameVaultReference'), f('passwordVaultReference')],
  },
  { grammar: 'MiddleTierUserNamePassword', type: 'middleTierUserNamePassword', fields: [f('vaultReference')] },
  { grammar: 'ApiToken', type: 'apiToken', fields: [f('apiToken')] },
  { grammar: 'GCPApplicationDefaultCredentials', type: 'gcpApplicationDefaultCredentials', fields: [] },
  {
    grammar: 'GCPWorkloadIdentityFederation',
    type: 'gcpWorkloadIdentityFederation',
    fields: [f('serviceAccountEmail'), f('additionalGcpScopes', 'stringList')],
  },
  { grammar: 'OAuth', type: 'oauth', fields: [f('oauthKey'), f('scopeName')] },
  {
    grammar: 'SnowflakePublic',
    type: 'snowflakePublic',
    fields: [f('publicUserName'), f('privateKeyVaultReference'), f('passPhraseVaultReference')],
  },
];

export function specByGrammar(list: PartSpec[], grammar: string): PartSpec | undefined {
  return list.find((s) => s.grammar === grammar);
}

export function specByType(list: PartSpec[], type: string): PartSpec | undefined {
  return list.find((s) => s.type === type);
}

/** The grammar name of an unknown `_type` kept generically (its first letter was lower-cased on parse). */
export function genericGrammarName(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}
