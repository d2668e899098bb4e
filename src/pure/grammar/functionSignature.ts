/**
 * The engine's function name mangling: `f(a: Integer[1], b: String[*]): String[0..1]` is stored as
 * `f_Integer_1__String_MANY__String_$0_1$_`. The composer strips it again.
 */
import type { Multiplicity } from '../protocol/sourceInformation.js';
import type { GenericType, Variable } from '../protocol/valueSpecification.js';

export function classSignature(genericType: GenericType | undefined): string | undefined {
  if (!genericType) return undefined;
  const raw = genericType.rawType;
  const path = raw._type === 'packageableType' ? raw.fullPath : 'Relation';
  const i = path.lastIndexOf('::');
  return i < 0 ? path : path.slice(i + 2);
}

export function multiplicitySignature(m: Multiplicity | undefined): string {
  const lower = m?.lowerBound ?? 0;
  const upper = m?.upperBound;
  if (upper !== undefined && lower === upper) return String(lower);
  if (lower === 0 && upper === undefined) return 'MANY';
  return `$${lower}_${upper === undefined ? 'MANY' : upper}$`;
}

export function functionSignature(f: {
  parameters: Variable[];
  returnGenericType: GenericType;
  returnMultiplicity: Multiplicity;
}): string {
  const params = f.parameters
    .filter((p) => p.genericType !== undefined)
    .map((p) => `${classSignature(p.genericType)}_${multiplicitySignature(p.multiplicity)}`);
  const sig = params.join('__') + '__' + classSignature(f.returnGenericType) + '_' + multiplicitySignature(f.returnMultiplicity) + '_';
  return f.parameters.length > 0 ? '_' + sig : sig;
}

/** The function name without its signature suffix (the engine's getFunctionNameWithNoPackage). */
export function functionNameWithoutSignature(f: {
  name: string;
  parameters: Variable[];
  returnGenericType: GenericType;
  returnMultiplicity: Multiplicity;
}): string {
  const i = f.name.indexOf(functionSignature(f));
  return i > 0 ? f.name.slice(0, i) : f.name;
}
