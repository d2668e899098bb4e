/**
 * For every breaking-change id: the pair from rules/contracts.yaml where it must fire (its
 * README example) and a close pair where it must not. Used by unit and end-to-end tests.
 */
export interface QuietPair {
  base: string;
  head: string;
}

const obj = (props: string, extra = ''): string => `{"type": "object", "properties": {${props}}${extra}}`;

export const QUIET: Record<string, QuietPair> = {
  'property-added': { base: obj('"id": {"type": "string"}'), head: obj('"id": {"type": "string"}, "n": {"type": "string"}', ', "required": ["n"]') },
  'property-removed': {
    base: obj('"id": {"type": "string"}, "n": {"type": "string"}', ', "required": ["n"]'),
    head: obj('"id": {"type": "string"}'),
  },
  'required-property-added': { base: obj('"id": {"type": "string"}'), head: obj('"id": {"type": "string"}, "n": {"type": "string"}') },
  'required-property-removed': { base: obj('"id": {"type": "string"}, "n": {"type": "string"}'), head: obj('"id": {"type": "string"}') },
  'property-became-required': {
    base: obj('"id": {"type": "string"}, "n": {"type": "string"}'),
    head: obj('"id": {"type": "string"}, "n": {"type": "string", "description": "still optional"}'),
  },
  'property-became-optional': {
    base: obj('"id": {"type": "string"}', ', "required": ["id"]'),
    head: obj('"id": {"$ref": "#/definitions/Id"}', ', "required": ["id"], "definitions": {"Id": {"type": "string"}}'),
  },
  'type-changed': { base: obj('"id": {"type": "string"}'), head: obj('"id": {"type": ["string", "integer"]}') },
  'type-narrowed': { base: obj('"e": {"type": ["string", "null"]}'), head: obj('"e": {"type": "string"}') },
  'type-widened': { base: obj('"e": {"type": "string"}'), head: obj('"e": {"type": ["string", "null"]}') },
  'nullable-added': { base: obj('"e": {"type": "string"}'), head: obj('"e": {"type": ["string", "integer"]}') },
  'nullable-removed': { base: obj('"e": {"type": ["string", "integer"]}'), head: obj('"e": {"type": "string"}') },
  'enum-value-added': { base: '{"type": "string", "enum": ["open", "closed"]}', head: '{"type": "string", "enum": ["closed", "open"]}' },
  'enum-value-removed': { base: '{"type": "string", "enum": ["open", "closed"]}', head: '{"type": "string", "enum": ["closed", "open", "archived"]}' },
  'enum-added': { base: '{"type": "string", "enum": ["open"]}', head: '{"type": "string", "enum": ["open"], "description": "same"}' },
  'enum-removed': {
    base: '{"type": "string", "enum": ["open", "closed"]}',
    head: '{"$ref": "#/definitions/S", "definitions": {"S": {"type": "string", "enum": ["open", "closed"]}}}',
  },
  'multiple-of-changed': { base: '{"type": "number", "multipleOf": 0.5}', head: '{"type": "number", "multipleOf": 0.5, "maximum": 10}' },
  'unique-items-added': { base: '{"type": "array", "uniqueItems": false}', head: '{"type": "array"}' },
  'unique-items-removed': { base: '{"type": "array", "uniqueItems": true}', head: '{"type": "array", "allOf": [{"uniqueItems": true}]}' },
  'pattern-added': { base: '{"type": "string", "pattern": "^a"}', head: '{"type": "string", "pattern": "^a", "minLength": 0}' },
  'pattern-removed': { base: '{"type": "string", "pattern": "^a"}', head: '{"type": "string", "pattern": "^b"}' },
  'pattern-changed': { base: '{"type": "string"}', head: '{"type": "string", "pattern": "^b"}' },
  'format-added': { base: '{"type": "string", "format": "email"}', head: '{"type": "string", "format": "email", "minLength": 3}' },
  'format-removed': { base: '{"type": "string", "format": "date"}', head: '{"type": "string", "format": "date-time"}' },
  'format-changed': { base: '{"type": "string"}', head: '{"type": "string", "format": "date"}' },
  'additional-properties-closed': { base: obj('"id": {"type": "string"}', ', "additionalProperties": true'), head: obj('"id": {"type": "string"}', ', "additionalProperties": {}') },
  'additional-properties-opened': {
    base: obj('"id": {"type": "string"}', ', "additionalProperties": false'),
    head: obj('"id": {"type": "string"}, "x": {"type": "string"}', ', "additionalProperties": false'),
  },
  'items-changed': { base: '{"type": "array", "items": {"type": "string"}}', head: '{"type": "array", "items": {"type": "integer"}}' },
  'default-changed': { base: '{"type": "string", "default": "EUR"}', head: '{"type": "string", "default": "EUR", "description": "currency"}' },
  'ref-target-changed': {
    base: '{"$defs": {"Money": {"type": "number"}}, "$ref": "#/$defs/Money"}',
    head: '{"$defs": {"Money": {"type": "integer"}}, "$ref": "#/$defs/Money"}',
  },
  'unclassified-change': { base: '{"type": "object", "propertyNames": {"maxLength": 20}}', head: '{"type": "object", "propertyNames": {"maxLength": 20}, "minProperties": 0}' },
};

/** Bounds: the quiet pair of a "tightened" id is the loosening change and vice versa. */
export function boundQuiet(example: { base: string; head: string }): QuietPair {
  return { base: example.head, head: example.base };
}
