/** Full rule ids of the governance check (stable: users configure and suppress by them). */
export const R = {
  dangerousTrigger: 'governance/dangerous-trigger',
  templateInjection: 'governance/template-injection',
  excessivePermissions: 'governance/excessive-permissions',
  unpinnedUses: 'governance/unpinned-uses',
  secretsInherit: 'governance/secrets-inherit',
  artipacked: 'governance/artipacked',
  unsafeBotCondition: 'governance/unsafe-bot-condition',
  selfHostedOnPublicTrigger: 'governance/self-hosted-on-public-trigger',
  invalidWorkflow: 'governance/invalid-workflow',
  fileExistence: 'governance/file-existence',
  fileContents: 'governance/file-contents',
  fileNotContents: 'governance/file-not-contents',
  largeFile: 'governance/large-file',
  binaryArtifact: 'governance/binary-artifact',
  codeownersCoverage: 'governance/codeowners-coverage',
  codeownersSyntax: 'governance/codeowners-syntax',
  modelDocumentation: 'governance/model-documentation',
  modelServiceOwners: 'governance/model-service-owners',
  modelServicePattern: 'governance/model-service-pattern',
  modelPiiTagging: 'governance/model-pii-tagging',
  modelNaming: 'governance/model-naming',
  modelConstraints: 'governance/model-constraints',
} as const;

export type RuleId = (typeof R)[keyof typeof R];
