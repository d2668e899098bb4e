/** Rules of the contracts check known statically (breaking-change ids come from the taxonomy data). */
import type { RuleMeta } from '../../core/types.js';
import { helpUri } from './taxonomy-uri.js';

const rule = (id: string, name: string, short: string, full: string, help: string, defaultLevel: RuleMeta['defaultLevel']): RuleMeta => ({
  id: `contracts/${id}`,
  name,
  shortDescription: short,
  fullDescription: full,
  help,
  helpUri: helpUri(id),
  defaultLevel,
  tags: ['contracts'],
});

export const STATIC_RULES: RuleMeta[] = [
  rule('schema-missing', 'Contract schema missing', 'The configured schema file does not exist.', 'A contract in checks.contracts.contracts names a schema path that is not in the repository.', 'Fix the `schema` path or add the file.', 'error'),
  rule('schema-parse-error', 'Schema not parseable', 'A schema file is not valid JSON or YAML.', 'A contract schema (or a file it references) cannot be parsed; the finding points at the exact syntax error.', 'Fix the syntax at the reported line and column.', 'error'),
  rule('schema-invalid', 'Schema invalid', 'A schema does not pass its JSON Schema meta-schema or cannot be compiled.', 'The schema breaks the rules of its draft (a wrong keyword value, an invalid regular expression, mixed drafts) so no validator can be built from it.', 'Fix the keyword named in the message.', 'error'),
  rule('schema-unsupported-draft', 'Unsupported JSON Schema draft', 'The `$schema` names a draft Guardian does not validate.', 'Guardian validates draft-07, 2019-09 and 2020-12 schemas; other drafts are validated as the configured default draft.', 'Migrate the schema to draft-07 or 2020-12 and set `$schema` accordingly.', 'warning'),
  rule('ref-unresolved', 'Unresolved $ref', 'A `$ref` points to a file, definition or anchor that does not exist.', 'Refs are resolved relative to the referencing file, against `$id`s and anchors of the loaded schemas; this one leads nowhere.', 'Fix the reference or add the missing file or definition.', 'error'),
  rule('ref-outside-repository', '$ref outside the repository', 'A `$ref` leaves the repository (`../` past the root, an absolute path or a file: URI).', 'Guardian reads schemas from the repository only, so a CI run never depends on files that are not versioned with the contract.', 'Copy the referenced schema into the repository and reference it by a relative path.', 'error'),
  rule('ref-remote', 'Remote $ref', 'A `$ref` points to the network.', 'Guardian never fetches schemas over the network: a contract must not change because a remote file did.', 'Vendor the schema into the repository and reference it by a relative path (or give the vendored file the `$id` the ref uses).', 'error'),
  rule('example-parse-error', 'Example not parseable', 'An example file is not valid JSON or YAML.', 'An example matched by `examples.valid` or `examples.invalid` cannot be parsed; the finding points at the exact syntax error.', 'Fix the syntax at the reported position.', 'error'),
  rule('example-rejected', 'Valid example rejected', 'A valid example fails the schema.', 'Each file matched by `examples.valid` must validate; each failure names the JSON pointer in the example, the schema keyword and the schema location.', 'Fix the example, or the schema if the example shows the intended payload.', 'error'),
  rule('example-accepted', 'Invalid example accepted', 'An invalid example passes the schema.', 'Each file matched by `examples.invalid` must be rejected by the schema.', 'Tighten the schema so it rejects the payload, or move the file to the valid examples.', 'error'),
  rule('examples-missing', 'Example glob matches nothing', 'An `examples` glob matches no file.', 'A configured example glob matches no file in the repository, so the contract has fewer tests than configured.', 'Fix the glob or add example files.', 'warning'),
  rule('unsatisfiable-schema', 'Unsatisfiable schema', 'No value satisfies the schema (or a part of it can never be present).', 'Guardian generates valid instances from each schema; when the constraints contradict each other (minLength above maxLength, a required property that additionalProperties forbids, disjoint types) no payload can ever pass. For an optional part the finding is a warning: that part can never appear.', 'Fix the contradicting keywords named in the message.', 'error'),
  rule('generation-unsupported', 'Case generation limited', 'Guardian could not generate cases for part of the schema.', 'The generator lacks a feature the schema uses (e.g. a lookahead-heavy pattern, a format without sample values, `not` of a complex schema); positive or negative cases for that part were not generated.', 'Add valid and invalid examples that cover this part of the schema.', 'notice'),
  rule('negative-case-accepted', 'Negative case not rejected', 'A single-mutation case was not rejected for the keyword it targets.', 'Each negative case violates exactly one keyword on a path where that keyword always applies; the schema must reject it with that keyword at that instance path.', 'Check the keyword for an override or contradiction that makes it ineffective.', 'error'),
];
