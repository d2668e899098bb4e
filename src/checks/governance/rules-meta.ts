/** SARIF/documentation metadata of every governance rule (help URIs point at the README). */
import type { RuleMeta } from '../../core/types.js';
import { R } from './rule-ids.js';

/**
 * GitHub's heading anchor for `### \`governance/<rule>\``: lower-cased text with punctuation
 * other than `-` and `_` removed and spaces turned into `-`.
 */
export function readmeAnchor(ruleId: string): string {
  return ruleId
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const README = 'https://github.com/guardian-ci/guardian';

function rule(id: string, name: string, defaultLevel: RuleMeta['defaultLevel'], short: string, full: string, help: string, tags: string[]): RuleMeta {
  return { id, name, shortDescription: short, fullDescription: full, help, helpUri: `${README}#${readmeAnchor(id)}`, defaultLevel, tags: ['governance', ...tags] };
}

export const RULES: RuleMeta[] = [
  rule(
    R.dangerousTrigger,
    'Untrusted checkout in a privileged workflow',
    'error',
    'A pull_request_target or workflow_run workflow checks out or fetches the pull request head.',
    'Workflows triggered by pull_request_target or workflow_run run with the base repository\'s secrets and a write-capable token. Checking out the pull request head (a ref or SHA from the event, refs/pull/…, gh pr checkout) and then running any build step executes the PR author\'s code with those privileges.',
    'Run untrusted code in a `pull_request` workflow without secrets and pass its results as artifacts to a privileged `workflow_run` workflow that treats them as data, or keep the default checkout of the base branch.',
    ['security', 'workflow'],
  ),
  rule(
    R.templateInjection,
    'Template injection',
    'error',
    'An attacker-controllable expression is expanded inside a script.',
    '`${{ }}` expressions are substituted into `run:` scripts and `actions/github-script` code before they run. Issue and PR titles and bodies, comments, review bodies, commit messages, branch names and similar contexts are chosen by outsiders, so quotes or `$(…)` in them become shell or JavaScript code.',
    'Pass the value through an environment variable of the step (`env: TITLE: ${{ github.event.issue.title }}`) and read it as `"$TITLE"` (or `process.env.TITLE`) in the script.',
    ['security', 'workflow'],
  ),
  rule(
    R.excessivePermissions,
    'Excessive token permissions',
    'warning',
    'The workflow token has more permissions than its jobs need.',
    'Without a top-level `permissions:` block, jobs get the repository\'s default GITHUB_TOKEN permissions, which can be read and write on every scope. `write-all`, and write scopes granted at workflow level, hand write access to every job, including ones added later.',
    'Set `permissions: {}` (or `contents: read`) at the top of the workflow and grant write scopes in the `permissions:` of the jobs that need them.',
    ['security', 'workflow'],
  ),
  rule(
    R.unpinnedUses,
    'Action not pinned to a commit SHA',
    'error',
    'A `uses:` reference is not pinned to an immutable commit SHA or image digest.',
    'Tags and branches can be moved by the action\'s owner or by whoever compromises them, changing the code your workflow runs without any change to your repository. Local actions (`./…`) and Docker images pinned by `@sha256:` digest are immutable; owners in the allow-list (GitHub\'s `actions/*` and `github/*` by default) may be pinned by tag.',
    'Pin the full 40-character commit SHA and keep the version as a comment (`uses: owner/repo@<sha> # v1.2.3`); let Dependabot or Renovate update it.',
    ['security', 'supply-chain', 'workflow'],
  ),
  rule(
    R.secretsInherit,
    'Secrets inherited by a reusable workflow',
    'warning',
    'A reusable workflow call passes `secrets: inherit`.',
    '`secrets: inherit` gives the called workflow every repository and organisation secret, whatever it needs, and hides from reviewers which secrets it really uses.',
    'Forward only the secrets the called workflow declares: `secrets: { TOKEN: ${{ secrets.TOKEN }} }`.',
    ['security', 'workflow'],
  ),
  rule(
    R.artipacked,
    'Checkout credentials in an artifact-uploading job',
    'warning',
    'actions/checkout persists the token in a job that uploads an artifact.',
    'By default actions/checkout keeps the job\'s GITHUB_TOKEN on disk (in .git/config before v6). A later upload of the workspace publishes it to anyone who can download the artifact.',
    'Set `persist-credentials: false` on the checkout and upload only build outputs.',
    ['security', 'workflow'],
  ),
  rule(
    R.unsafeBotCondition,
    'Spoofable bot condition',
    'warning',
    'An `if:` trusts `github.actor` (or a similar actor context) to identify a bot.',
    'The actor is whoever triggered the latest event, not who wrote the code: an attacker can make a bot act on their pull request and pass a `github.actor == \'dependabot[bot]\'` check.',
    'Compare `github.event.pull_request.user.login` (the pull request author) instead, and run bot automation on `pull_request`, not `pull_request_target`.',
    ['security', 'workflow'],
  ),
  rule(
    R.selfHostedOnPublicTrigger,
    'Self-hosted runner on a public trigger',
    'error',
    'A job runs on a self-hosted runner in a workflow outsiders can trigger.',
    'Fork pull requests, comments and issues let people outside the project run code or feed input to the workflow; on a self-hosted runner that code runs on your machine and can persist between jobs.',
    'Use GitHub-hosted runners for public triggers; otherwise require approval for outside contributors and use ephemeral (just-in-time) runners.',
    ['security', 'workflow'],
  ),
  rule(
    R.invalidWorkflow,
    'Invalid workflow or action',
    'error',
    'A workflow or action file does not parse or lacks required keys.',
    'A YAML syntax error, duplicate key or missing `on:`/`jobs:`/`runs:` means GitHub refuses to run the file and Guardian cannot audit it.',
    'Fix the error at the reported position.',
    ['workflow'],
  ),
  rule(
    R.fileExistence,
    'Required file missing',
    'warning',
    'A file every repository should have (license, README, security policy, CODEOWNERS) is missing.',
    'A license lets people use and audit the code, a README explains it, a security policy gives reporters a private channel, and CODEOWNERS routes reviews to the people responsible. The list is data (rules/governance.yaml) and configurable.',
    'Add the file, or skip the requirement with `checks.governance.skipRequiredFiles`.',
    ['repository'],
  ),
  rule(
    R.fileContents,
    'Required content missing',
    'warning',
    'A file selected by a content rule does not contain the required text.',
    'Content rules (`checks.governance.fileContents`) require text such as a license header in matching files. Patterns run under a time bound.',
    'Add the required text, or narrow the rule\'s `paths`.',
    ['repository'],
  ),
  rule(
    R.fileNotContents,
    'Forbidden content',
    'error',
    'A file contains text a content rule forbids.',
    'Content rules (`checks.governance.fileNotContents`) forbid text such as private keys, internal host names or debug flags. Patterns run under a time bound.',
    'Remove the text, or narrow the rule\'s `paths`.',
    ['repository'],
  ),
  rule(
    R.largeFile,
    'Large file',
    'warning',
    'A file is larger than the configured cap.',
    'Every clone and CI checkout downloads large blobs forever, even after they are deleted.',
    'Use Git LFS, release assets or packages; or allow the path with `checks.governance.allowLargeFiles`.',
    ['repository'],
  ),
  rule(
    R.binaryArtifact,
    'Binary artifact',
    'warning',
    'An executable or archive is committed to the repository.',
    'Binaries (detected by extension and by file signature) cannot be reviewed, can drift from the source and can hide malicious code.',
    'Build from source in CI and publish releases; allow expected binaries with `checks.governance.allowBinaries`.',
    ['security', 'repository'],
  ),
  rule(
    R.codeownersCoverage,
    'File without a code owner',
    'warning',
    'A changed file has no owner in CODEOWNERS.',
    'GitHub requests reviews from the owners the last matching CODEOWNERS rule names (read from the base branch). A file no rule covers, or whose last matching rule lists no owners, gets no required reviewer.',
    'Add a CODEOWNERS rule for the path, or a catch-all `* @org/maintainers` at the top.',
    ['repository'],
  ),
  rule(
    R.codeownersSyntax,
    'Invalid CODEOWNERS line',
    'warning',
    'A CODEOWNERS line uses syntax GitHub does not support.',
    'GitHub skips lines with `!` negation, `[ ]` character ranges, an escaped leading `#`, or owners that are not `@user`, `@org/team` or e-mail addresses, and ignores a CODEOWNERS file of 3 MB or more.',
    'Rewrite the line with supported syntax.',
    ['repository'],
  ),
  rule(
    R.modelDocumentation,
    'Undocumented model element',
    'warning',
    'A class, property, enumeration or service has no documentation.',
    'Model elements are contracts shared across teams; without a `doc.doc` tagged value (or the configured documentation tags) consumers guess their meaning.',
    'Add `{doc.doc = \'…\'}` to the element.',
    ['model'],
  ),
  rule(
    R.modelServiceOwners,
    'Service without enough owners',
    'warning',
    'A Legend service lists fewer owners than required.',
    'Services are production endpoints; each needs enough named owners to answer incidents.',
    'Add owners to the service\'s `owners:` list.',
    ['model'],
  ),
  rule(
    R.modelServicePattern,
    'Service pattern off convention',
    'warning',
    'A Legend service URL pattern does not follow the configured convention.',
    'Consistent service URL patterns keep routing, access control and discovery predictable.',
    'Rename the `pattern:` to match the convention (rules/governance.yaml `models.servicePattern`).',
    ['model'],
  ),
  rule(
    R.modelPiiTagging,
    'Personal data without classification',
    'error',
    'A property that looks like personal data carries no classification tag.',
    'Properties whose names match the configured personal-data list (e.g. ssn, email, dob) must carry a classification stereotype or tagged value so access control and retention can be enforced.',
    'Tag the property with a classification (e.g. `<<PII.sensitive>>` or `{classification.level = \'confidential\'}`).',
    ['model', 'privacy'],
  ),
  rule(
    R.modelNaming,
    'Naming convention',
    'warning',
    'A model element name breaks the naming convention.',
    'Types are UpperCamelCase, properties lowerCamelCase, and packages lower-case segments, unless configured otherwise.',
    'Rename the element.',
    ['model'],
  ),
  rule(
    R.modelConstraints,
    'Class without constraints',
    'warning',
    'A class that must declare constraints has none.',
    'Classes matching `models.constraintsRequiredFor` carry data-quality rules as constraints.',
    'Add a `[ name: <boolean expression> ]` constraint block to the class.',
    ['model'],
  ),
];

export const WORKFLOW_RULE_IDS: readonly string[] = [
  R.dangerousTrigger,
  R.templateInjection,
  R.excessivePermissions,
  R.unpinnedUses,
  R.secretsInherit,
  R.artipacked,
  R.unsafeBotCondition,
  R.selfHostedOnPublicTrigger,
  R.invalidWorkflow,
];

export const REPOSITORY_RULE_IDS: readonly string[] = [
  R.fileExistence,
  R.fileContents,
  R.fileNotContents,
  R.largeFile,
  R.binaryArtifact,
  R.codeownersCoverage,
  R.codeownersSyntax,
];

export const MODEL_RULE_IDS: readonly string[] = [
  R.modelDocumentation,
  R.modelServiceOwners,
  R.modelServicePattern,
  R.modelPiiTagging,
  R.modelNaming,
  R.modelConstraints,
];
