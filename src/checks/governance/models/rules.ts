/**
 * Model governance rules over Legend protocol elements (pure): documentation, service owners
 * and URL patterns, personal-data classification, naming conventions and required constraints.
 * Regular expressions from the ruleset (which users can override) are evaluated through a
 * {@link NameTester}, so they run under the same time bound as content rules.
 */
import type { FindingInput } from '../../../core/types.js';
import type { Association, Class, Enumeration, Property, Service, StereotypePtr, TaggedValue } from '../../../pure/index.js';
import { R } from '../rule-ids.js';
import type { ModelRules } from '../ruleset-schema.js';
import type { ModelSource } from './sources.js';

export type PatternName = 'servicePattern' | 'piiNames' | 'type' | 'property' | 'package' | 'constraintsRequiredFor';

/** Answers "does pattern X match text T?"; null when it could not tell (timed out). */
export interface NameTester {
  matches(pattern: PatternName, text: string): boolean | null;
}

/** Every (pattern, text) question the rules will ask, so they can be answered in one batch. */
export function questions(sources: readonly ModelSource[], rules: ModelRules): Array<[PatternName, string]> {
  const out: Array<[PatternName, string]> = [];
  for (const el of sources.flatMap((s) => s.elements) as Array<{ _type: string; name: string; package: string }>) {
    const kind = el._type;
    if (!['class', 'Enumeration', 'association', 'service'].includes(kind)) continue;
    out.push(['type', el.name]);
    for (const seg of el.package.split('::').filter(Boolean)) out.push(['package', seg]);
    if (kind === 'class' && rules.constraintsRequiredFor) out.push(['constraintsRequiredFor', path(el)]);
    if (kind === 'service') out.push(['servicePattern', (el as unknown as Service).pattern ?? '']);
    for (const p of propertiesOf(el)) {
      out.push(['property', p.name]);
      out.push(['piiNames', p.name]);
    }
    if (kind === 'class') for (const q of (el as unknown as Class).qualifiedProperties ?? []) out.push(['property', q.name]);
  }
  return out;
}

export function checkModels(sources: readonly ModelSource[], rules: ModelRules, test: NameTester): FindingInput[] {
  const findings: FindingInput[] = [];
  const docTags = new Set(rules.docTags.map((t) => t.toLowerCase()));
  const classifications = new Set(rules.piiClassifications.map((c) => c.toLowerCase()));
  const kinds = new Set(rules.documentKinds);
  for (const src of sources) {
    const reportedPackages = new Set<string>();
    for (const element of src.elements) {
      const el = element as unknown as { _type: string; name: string; package: string; taggedValues?: TaggedValue[] };
      const kind = el._type;
      if (!['class', 'Enumeration', 'association', 'service'].includes(kind)) continue;
      const label = LABELS[kind]!;
      const full = path(el);
      const at = src.locate(element);

      // Documentation.
      const docKind = kind === 'Enumeration' ? 'enumeration' : (kind as 'class' | 'association' | 'service');
      const serviceDoc = kind === 'service' && ((element as Service).documentation ?? '').trim() !== '';
      if (kinds.has(docKind) && !serviceDoc && !documented(el.taggedValues, docTags)) {
        findings.push({
          ruleId: R.modelDocumentation,
          message:
            `${label} \`${full}\` has no documentation. Fix: add ${kind === 'service' ? "`documentation: '…';` or " : ''}` +
            `\`{${rules.docTags[0] ?? 'doc.doc'} = '…'}\` saying what it represents and how to use it.`,
          location: at,
          title: `Undocumented ${label.toLowerCase()} ${el.name}`,
          fingerprintKey: `doc:${full}`,
        });
      }

      // Naming: the type name and each package segment.
      if (test.matches('type', el.name) === false) {
        findings.push({
          ruleId: R.modelNaming,
          message: `${label} name \`${el.name}\` (${full}) does not follow the type naming convention /${rules.naming.type}/. Fix: rename it, e.g. \`${upperCamel(el.name)}\`.`,
          location: at,
          title: `Type name ${el.name}`,
          fingerprintKey: `type:${full}`,
        });
      }
      const badSegments = el.package.split('::').filter((seg) => seg && test.matches('package', seg) === false);
      if (badSegments.length && !reportedPackages.has(el.package)) {
        reportedPackages.add(el.package);
        findings.push({
          ruleId: R.modelNaming,
          message:
            `Package \`${el.package}\` has segment${badSegments.length > 1 ? 's' : ''} ${badSegments.map((s) => `\`${s}\``).join(', ')} that ` +
            `do${badSegments.length > 1 ? '' : 'es'} not follow the package convention /${rules.naming.package}/. Fix: move the elements to a conforming package, e.g. \`${el.package.split('::').map(lowerSnake).join('::')}\`.`,
          location: at,
          title: `Package name ${el.package}`,
          fingerprintKey: `package:${el.package}`,
        });
      }

      // Properties: naming, documentation, personal data.
      for (const p of propertiesOf(el)) {
        const pat = src.locate(p);
        if (test.matches('property', p.name) === false) {
          findings.push({
            ruleId: R.modelNaming,
            message: `Property \`${p.name}\` of \`${full}\` does not follow the property naming convention /${rules.naming.property}/. Fix: rename it, e.g. \`${lowerCamel(p.name)}\`.`,
            location: pat,
            title: `Property name ${p.name}`,
            fingerprintKey: `prop:${full}.${p.name}`,
          });
        }
        if (kinds.has('property') && !documented(p.taggedValues, docTags)) {
          findings.push({
            ruleId: R.modelDocumentation,
            message: `Property \`${full}.${p.name}\` has no documentation. Fix: add \`{${rules.docTags[0] ?? 'doc.doc'} = '…'}\` before its name.`,
            location: pat,
            title: `Undocumented property ${p.name}`,
            fingerprintKey: `doc:${full}.${p.name}`,
          });
        }
        if (test.matches('piiNames', p.name) === true && !classified(p, classifications)) {
          findings.push({
            ruleId: R.modelPiiTagging,
            message:
              `Property \`${full}.${p.name}\` looks like personal data but carries no classification (${rules.piiClassifications.map((c) => `\`${c}\``).join(', ')}). ` +
              `Fix: tag it, e.g. \`<<${rules.piiClassifications[0] ?? 'PII'}.sensitive>> ${p.name}: …\`, so access control and retention can be enforced.`,
            location: pat,
            title: `Unclassified personal data ${p.name}`,
            fingerprintKey: `pii:${full}.${p.name}`,
          });
        }
      }
      if (kind === 'class') {
        for (const q of (element as Class).qualifiedProperties ?? []) {
          if (test.matches('property', q.name) !== false) continue;
          findings.push({
            ruleId: R.modelNaming,
            message: `Derived property \`${q.name}\` of \`${full}\` does not follow the property naming convention /${rules.naming.property}/. Fix: rename it, e.g. \`${lowerCamel(q.name)}\`.`,
            location: src.locate(q),
            title: `Property name ${q.name}`,
            fingerprintKey: `qprop:${full}.${q.name}`,
          });
        }
        const c = element as Class;
        if (rules.constraintsRequiredFor && test.matches('constraintsRequiredFor', full) === true && (c.constraints ?? []).length === 0) {
          findings.push({
            ruleId: R.modelConstraints,
            message:
              `Class \`${full}\` must declare at least one constraint (models.constraintsRequiredFor /${rules.constraintsRequiredFor}/) and has none. ` +
              'Fix: add a constraint block after the class name, e.g. `[ idNotEmpty: $this.id->isNotEmpty() ]`.',
            location: at,
            title: `Class ${el.name} without constraints`,
            fingerprintKey: `constraints:${full}`,
          });
        }
      }

      // Services: owners and URL pattern.
      if (kind === 'service') {
        const svc = element as Service;
        const owners = ownerCount(svc);
        if (owners < rules.serviceMinOwners) {
          findings.push({
            ruleId: R.modelServiceOwners,
            message:
              `Service \`${full}\` has ${owners} owner${owners === 1 ? '' : 's'}; at least ${rules.serviceMinOwners} are required so someone can always answer for it. ` +
              `Fix: list them, e.g. \`owners: ['alice', 'bob'];\` (or a deployment ownership).`,
            location: at,
            title: `Service ${el.name} with ${owners} owner(s)`,
            fingerprintKey: `owners:${full}`,
          });
        }
        if (test.matches('servicePattern', svc.pattern ?? '') === false) {
          findings.push({
            ruleId: R.modelServicePattern,
            message: `Service \`${full}\` has pattern \`${svc.pattern}\`, which does not follow the URL convention /${rules.servicePattern}/. Fix: use lower-case path segments and {parameters}, e.g. \`${suggestPattern(svc.pattern ?? '')}\`.`,
            location: at,
            title: `Service pattern ${svc.pattern}`,
            fingerprintKey: `pattern:${full}`,
          });
        }
      }
    }
  }
  return findings;
}

const LABELS: Record<string, string> = { class: 'Class', Enumeration: 'Enumeration', association: 'Association', service: 'Service' };

function path(el: { package: string; name: string }): string {
  return el.package ? `${el.package}::${el.name}` : el.name;
}

function propertiesOf(el: { _type: string }): Property[] {
  if (el._type === 'class') return (el as unknown as Class).properties ?? [];
  if (el._type === 'association') return (el as unknown as Association).properties ?? [];
  return [];
}

function lastSegment(profile: string): string {
  const i = profile.lastIndexOf('::');
  return (i < 0 ? profile : profile.slice(i + 2)).toLowerCase();
}

function tagText(v: TaggedValue['value']): string {
  return typeof v === 'string' ? v : (v?.value ?? '');
}

function documented(tags: readonly TaggedValue[] | undefined, docTags: ReadonlySet<string>): boolean {
  return (tags ?? []).some((t) => docTags.has(`${lastSegment(t.tag.profile)}.${t.tag.value.toLowerCase()}`) && tagText(t.value).trim() !== '');
}

function classified(p: { stereotypes?: StereotypePtr[]; taggedValues?: TaggedValue[] }, classes: ReadonlySet<string>): boolean {
  const hit = (profile: string, value: string) => classes.has(lastSegment(profile)) || classes.has(`${lastSegment(profile)}.${value.toLowerCase()}`);
  return (p.stereotypes ?? []).some((s) => hit(s.profile, s.value)) || (p.taggedValues ?? []).some((t) => hit(t.tag.profile, t.tag.value));
}

/** Named owners; a deployment ownership names a managed group and counts as enough. */
function ownerCount(s: Service): number {
  if (s.ownership?._type === 'deploymentOwnership') return Number.POSITIVE_INFINITY;
  if (s.ownership?._type === 'userListOwnership') return new Set(s.ownership.users).size;
  return new Set(s.owners ?? []).size;
}

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}
function upperCamel(name: string): string {
  return words(name).map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('') || name;
}
function lowerCamel(name: string): string {
  const u = upperCamel(name);
  return u[0]!.toLowerCase() + u.slice(1);
}
function lowerSnake(seg: string): string {
  return words(seg).map((w) => w.toLowerCase()).join('_') || seg;
}
function suggestPattern(p: string): string {
  const segs = p.split('/').filter(Boolean).map((s) => (/^\{.*\}$/.test(s) ? s : words(s).map((w) => w.toLowerCase()).join('-')));
  return `/${segs.join('/')}`;
}
