/**
 * One test per compiler error of the `###Pure` section, with the Legend engine's own message text and
 * position (inputs and expectations are the engine's compiler test cases).
 */
import { describe, expect, test } from 'vitest';
import { compileGrammar, errorsOf, firstError, notSupportedOf, warningsOf } from './helpers.js';

const expectError = (text: string, expected: string): void => {
  expect(firstError(compileGrammar(text))).toBe(expected);
};
const expectClean = (text: string): void => {
  const out = compileGrammar(text);
  expect(errorsOf(out)).toEqual([]);
};

describe('element validation', () => {
  test('Element package is required', () => {
    expectError('Class A\n{\n}\n', 'COMPILATION error at [1:1-3:1]: Element package is required');
  });

  test('Duplicated element', () => {
    expectError('Class anything::somethingelse\n{\n}\nEnum anything::somethingelse\n{\n A\n}\n', "COMPILATION error at [4:1-7:1]: Duplicated element 'anything::somethingelse'");
  });

  test('Duplicated element (function signature)', () => {
    expectError(
      'function example::testMaxInteger(input: Integer[1]):Any[0..1]\n{\n   [1,$input]->max();\n}\nfunction example::testMaxInteger(input: Integer[1]):Any[0..1]\n{\n   [1,2]->max();\n}\n',
      "COMPILATION error at [5:1-8:1]: Duplicated element 'example::testMaxInteger_Integer_1__Any_$0_1$_'",
    );
  });

  test('functions with the same name and different signatures are not duplicates', () => {
    expectClean('function example::f(input: Integer[1]):Any[0..1]\n{\n   [1,$input]->max();\n}\nfunction example::f():Any[0..1]\n{\n   [1,2]->max();\n}\n');
  });
});

describe('classes', () => {
  test('Cycle detected in class supertype hierarchy', () => {
    expectError('Class test::A extends test::A\n{\n   ok : Integer[0..1];\n}\n', 'COMPILATION error at [1:1-4:1]: Cycle detected in class supertype hierarchy: test::A -> test::A');
    expectError(
      'Class test::A extends test::B\n{\n   ok : Integer[0..1];\n}\nClass test::B extends test::C\n{\n   ok : Integer[0..1];\n}\nClass test::C extends test::A\n{\n   ok : Integer[0..1];\n}\n',
      'COMPILATION error at [1:1-4:1]: Cycle detected in class supertype hierarchy: test::A -> test::B -> test::C -> test::A',
    );
  });

  test('Duplicated super type', () => {
    expectError(
      'Class test::A\n{\n   ok : Integer[0..1];\n}\nClass test::B extends test::A, test::A\n{\n   ok : Integer[0..1];\n}\n',
      "COMPILATION error at [5:1-8:1]: Duplicated super type 'test::A' in class 'test::B'",
    );
  });

  test("Can't find type (super type)", () => {
    expectError("Class test::A\n{\n   ok : Integer[0..1];\n}\n\nClass test::B extends NotHere\n{\n}\n", "COMPILATION error at [6:23-29]: Can't find type 'NotHere'");
  });

  test('Invalid supertype', () => {
    expectError(
      'Enum test::A\n{\n   A, B , C\n}\n\nClass test::B extends test::A\n{\n}\n',
      "COMPILATION error at [6:1-8:1]: Invalid supertype: 'B' cannot extend 'test::A' as it is not a class.",
    );
  });

  test("Can't find type (property)", () => {
    expectError("Class test::A\n{\n   good: String[0..1];\n   notGood : MissingProp[1];\n}\n", "COMPILATION error at [4:14-24]: Can't find type 'MissingProp'");
  });

  test("Can't find type (derived property parameter)", () => {
    expectError("Class test::A\n{\n   name : String[*];\n   xza(s:z::k::B[1]){$s + 'ok'}:String[1];\n}\n", "COMPILATION error at [4:10-16]: Can't find type 'z::k::B'");
  });

  test('primitive and auto-imported types resolve', () => {
    expectClean(
      "Class test::A\n[\n  constraint1: $this.ok->toOne() == 1,\n  constraint2: if($this.ok == 'ok', |true, |false),\n  constraint3: $this.anyValue->instanceOf(String) || $this.anyValue->instanceOf(test::AEnum)\n]\n{\n  name: String[45..*];\n  name1: Boolean[45..*];\n  ok: Integer[1..2];\n  ok1: Number[1..2];\n  ok2: Decimal[1..2];\n  ok3: Float[1..2];\n  ok4: Date[1..2];\n  ok5: StrictDate[1..2];\n  ok6: DateTime[1..2];\n  ok7: LatestDate[1..2];\n  ok8: StrictTime[1..2];\n  anyValue: meta::pure::metamodel::type::Any[1];\n}\n\nEnum test::AEnum\n{\n  B\n}\n",
    );
  });
});

describe('profiles, stereotypes and tags', () => {
  test("Can't find the profile", () => {
    expectError("Class <<NoProfile.NoKey>> test::A\n{\n   ok : Integer[0..1];\n}\n", "COMPILATION error at [1:9-17]: Can't find the profile 'NoProfile'");
  });

  test("Can't find stereotype (property)", () => {
    expectError(
      'Profile meta::pure::profiles::doc\n{\n   stereotypes: [tests];\n   tags: [doc, todo];\n}\nClass test::A\n{\n<<meta::pure::profiles::doc.imMissing>> ok: Integer[0..1];\n}\n',
      "COMPILATION error at [8:3-37]: Can't find stereotype 'imMissing' in profile 'meta::pure::profiles::doc'",
    );
  });

  test("Can't find tag (class)", () => {
    expectError(
      "Profile meta::pure::profiles::doc\n{\n   stereotypes: [tests];\n   tags: [doc, todo];\n}\nClass {meta::pure::profiles::doc.imMissing = 'imMissing'} test::A\n{\nok: Integer[0..1];\n}\n",
      "COMPILATION error at [6:34-42]: Can't find tag 'imMissing' in profile 'meta::pure::profiles::doc'",
    );
  });

  test("Can't find stereotype / tag through an import", () => {
    const profile = '\nProfile anything::goes\n{\n  stereotypes: [test];\n  tags: [doc, todo];\n}\n';
    expectError(
      "import anything::*;\nClass <<goes.businesstemporal>> {goes.doc = 'bla'} anything::A extends B, B\n{\n}\n" + profile,
      "COMPILATION error at [2:9-29]: Can't find stereotype 'businesstemporal' in profile 'goes'",
    );
    expectError("import anything::*;\nClass <<goes.test>> {goes.todo2 = 'bla'} anything::A extends B, B\n{\n}\n" + profile, "COMPILATION error at [2:27-31]: Can't find tag 'todo2' in profile 'goes'");
  });

  test('auto-imported system profiles', () => {
    expectClean("Class {doc.doc = 'test'} test::doc {\n\n}\n\nClass test2::doc {\nprop: Any[1];\n}\n");
  });

  test("Can't resolve element with path (ambiguous import)", () => {
    expectError(
      'import test2::*;\nimport test::*;\n\nClass test::doc {}\nClass test2::doc {}\n\nClass test::mewo {\n   prop1: doc[1];\n}',
      "COMPILATION error at [8:11-13]: Can't resolve element with path 'doc' - multiple matches found [test::doc, test2::doc]",
    );
    expectError(
      'import test2::*;\nimport test::*;\n\nProfile test::doc {}\nProfile test2::doc {}\n\nClass <<doc.doc>> test::mewo {\n}',
      "COMPILATION error at [7:9-11]: Can't resolve element with path 'doc' - multiple matches found [meta::pure::profiles::doc, test::doc, test2::doc]",
    );
  });
});

describe('associations', () => {
  test('Expected 2 properties for an association', () => {
    expectError("Association test::FaultyAssociation\n{\n   a : String[1];\n}\n\n", "COMPILATION error at [1:1-4:1]: Expected 2 properties for an association 'test::FaultyAssociation'");
  });

  test("Can't find class (association end)", () => {
    expectError('Class test::A\n{\n}\nAssociation test::FaultyAssociation\n{\n   a : test::A[1];\n   b : someClass[1];\n}\n', "COMPILATION error at [7:4-20]: Can't find class 'someClass'");
  });

  test('Associations to Any are not allowed', () => {
    expectError(
      'Class my::Class\n{\n   ok : Integer[0..1];\n}\nAssociation my::association\n{\n   a : my::Class[1];\n   b : meta::pure::metamodel::type::Any[1];\n}\n',
      "COMPILATION error at [5:1-9:1]: Associations to Any are not allowed. Found in 'my::association'",
    );
  });

  test('association ends are navigable from both classes', () => {
    expectClean(
      'Class test::Firm { name: String[1]; }\nClass test::Person { name: String[1]; }\nAssociation test::Employment { firm: test::Firm[1]; employees: test::Person[*]; }\nClass test::Q\n[\n  c: $this.p.firm.name->isNotEmpty() && ($this.f.employees->size() > 0)\n]\n{\n  p: test::Person[1];\n  f: test::Firm[1];\n}\n',
    );
  });
});

describe('expressions', () => {
  test("Can't find property in class", () => {
    expectError(
      "Class test::A\n{\n   name : String[*];\n}\nClass test::B\n{\n   xza(s: test::A[1]){$s.x + 'ok'}:String[1];\n}\n",
      "COMPILATION error at [7:26]: Can't find property 'x' in class 'test::A'",
    );
    expectError(
      "Class test::Dog\n{\n   name : String[*];\n}\nClass test::B\n{\n   pet: test::Dog[1];\n}\nClass test::C\n{\n   xza(s: test::B[1]){$s.pet.dogMissing + 'ok'}:String[1];\n}\n",
      "COMPILATION error at [11:30-39]: Can't find property 'dogMissing' in class 'test::Dog'",
    );
  });

  test("Can't find property (qualified property call)", () => {
    expectError(
      "Class test::Dog\n{\n    funcDog(){'my Name is Bobby';}:String[1];\n}\nClass test::B\n{\n    funcB(s: test::Dog[1]){$s.WhoopsfuncDog()}:String[1];\n}\nClass test::C\n{\n   test(s: test::B[1], d: test::Dog[1]){$s.funcB($d) + '!'}:String[1];\n}\n",
      "COMPILATION error at [7:31-43]: Can't find property 'WhoopsfuncDog' in class 'test::Dog'",
    );
  });

  test("Can't find variable class for variable", () => {
    expectError('Enum test::A\n{\n   A, a \n}\nClass test::B\n{\n   xza(s: String[1]){$src}:String[1];\n}\n', "COMPILATION error at [7:22-25]: Can't find variable class for variable 'src' in the graph");
  });

  test("Can't find enum value", () => {
    expectError(
      "Enum test::PriceExpressionEnum {\n   AbsoluteTerms,\n   ParcentageOfNotional\n}\n\nClass ui::String {\n  prop1: String[1];\n}\n\nClass ui::b extends ui::String\n[\n   if($this.priceExpression == test::PriceExpressionEnum.PercetateOfNotionall, |$this.currency->isEmpty(), |true)\n]\n{\n  priceExpression: test::PriceExpressionEnum[1];\n  currency: String[*];\n}",
      "COMPILATION error at [12:58-77]: Can't find enum value 'PercetateOfNotionall' in enumeration 'test::PriceExpressionEnum'",
    );
    expectError(
      'import anything::*;\nClass test::trial {\n   name: ritual[*];\n   anotherOne(){ritual.theGoodOne1}: ritual[1];\n   \n}\n\nEnum anything::ritual {\n   theGoodOne   \n}',
      "COMPILATION error at [4:24-34]: Can't find enum value 'theGoodOne1' in enumeration 'ritual'",
    );
  });

  test("Can't find the packageable element", () => {
    expectError('Class test::A\n{\n   name : String[*];\n   xza(z:String[1]){ok}:String[1];\n}\n', "COMPILATION error at [4:21-22]: Can't find the packageable element 'ok'");
    expectError('Class test::A\n[\n   ok\n]\n{\n   names : String[*];\n}', "COMPILATION error at [3:4-5]: Can't find the packageable element 'ok'");
  });

  test("Constraint must be of type 'Boolean'", () => {
    expectClean('Class test::A\n[\n   $this.names->isNotEmpty()\n]\n{\n   names : String[*];\n}');
    expectError('Class test::A\n[\n   $this.names->at(0)\n]\n{\n   names : String[*];\n}', "COMPILATION error at [3:17-18]: Constraint must be of type 'Boolean'");
    expectError('Class test::b\n{\n   names : String[*];\n}\nClass test::A\n[\n   test::b\n]\n{\n   names : String[*];\n}', "COMPILATION error at [7:4-10]: Constraint must be of type 'Boolean'");
  });

  test('an invalid constraint message is let through, as the engine does', () => {
    expectClean("Class test::A\n[\n  constraint1\n  (    ~externalId: 'ext ID'\n    ~function: if($this.ok == 'ok', |true, |false)\n    ~enforcementLevel: Warn\n    ~message: $this.ok + ' is not ok'\n  )\n]\n{\n  ok: Integer[1..2];\n}\n");
  });

  test('Error in derived property: type and multiplicity', () => {
    expectClean("Class test::A\n{\n   names : String[*];\n   prop() {'1'} : String[1];\n}");
    expectError("Class test::A\n{\n   names : String[*];\n   prop() {1} : String[1];\n}", "COMPILATION error at [4:12]: Error in derived property 'A.prop' - Type error: 'Integer' is not a subtype of 'String'");
    expectError("Class test::A\n{\n   names : String[*];\n   prop() {$this.names} : String[1];\n}", "COMPILATION error at [4:18-22]: Error in derived property 'A.prop' - Multiplicity error: [1] doesn't subsume [*]");
    expectError("Class test::A\n{\n   prop() {%10:10:10} : Date[1];\n}", "COMPILATION error at [3:12-20]: Error in derived property 'A.prop' - Type error: 'StrictTime' is not a subtype of 'Date'");
  });

  test('Collection element must have a multiplicity [1]', () => {
    expectClean("Class test::A\n{\n   names : String[*];\n   prop() {$this.names->at(0) + 'ok'} : String[1];\n}");
    expectError(
      "Class test::A\n{\n   names : String[*];\n   prop() {$this.names + 'ok'} : String[1];\n}",
      "COMPILATION error at [4:18-22]: Collection element must have a multiplicity [1] - Context:[Class 'test::A' Third Pass, Qualified Property prop, Applying plus], multiplicity:[*]",
    );
    expectError(
      "Class test::A\n{\n   optional : String[0..1];\n   prop() { [$this.optional, 'x'] } : String[*];\n}",
      "COMPILATION error at [4:20-27]: Collection element must have a multiplicity [1] - Context:[Class 'test::A' Third Pass, Qualified Property prop], multiplicity:[0..1]",
    );
  });

  test('single-element collections accept any multiplicity', () => {
    expectClean('Class test::A\n{\n   optional : String[0..1];\n   many : String[*];\n   prop() { concatenate([$this.optional], $this.many) } : String[*];\n}');
    expectClean('Class test::A\n{\n   optional : String[0..1];\n   prop(cond:Boolean[1]) { if($cond, | [$this.optional], | []) } : String[*];\n}');
  });

  test("Can't find a match for function (lambda inference)", () => {
    expectClean('Class test::A\n{\n   p(){[1,2]->map(a|$a+1)}:Integer[*];\n}');
    const out = compileGrammar("Class test::A\n{\n   p(){[1,2]->map(a|$a+'1')}:String[1];\n}");
    expect(firstError(out)?.startsWith("COMPILATION error at [3:23-26]: Can't find a match for function 'plus(Any[2])'.\n")).toBe(true);
  });

  test("Can't find a match for function: candidates listed as the engine does", () => {
    expectError(
      'function my::functionParent(val: Integer[1]):String[1]\n{\n    between($val, %2020-01-01, %2021-01-01);\n}',
      "COMPILATION error at [3:5-11]: Can't find a match for function 'between(Integer[1],StrictDate[1],StrictDate[1])'.\nFunctions that can match if parameter types or multiplicities are changed:\n\t\tbetween(StrictDate[0..1],StrictDate[0..1],StrictDate[0..1]):Boolean[1]\n\t\tbetween(DateTime[0..1],DateTime[0..1],DateTime[0..1]):Boolean[1]\n\t\tbetween(Number[0..1],Number[0..1],Number[0..1]):Boolean[1]\n\t\tbetween(String[0..1],String[0..1],String[0..1]):Boolean[1]\n",
    );
    expectError(
      'function my::functionParent():String[1]\n{\n    between(1, 2);\n}',
      "COMPILATION error at [3:5-11]: Can't find a match for function 'between(Integer[1],Integer[1])'.\nFunctions that can match if number of parameters are changed:\n\t\tbetween(StrictDate[0..1],StrictDate[0..1],StrictDate[0..1]):Boolean[1]\n\t\tbetween(DateTime[0..1],DateTime[0..1],DateTime[0..1]):Boolean[1]\n\t\tbetween(Number[0..1],Number[0..1],Number[0..1]):Boolean[1]\n\t\tbetween(String[0..1],String[0..1],String[0..1]):Boolean[1]\n",
    );
    expectError(
      'function my::functionParent(val: Integer[0..1]):String[1]\n{\n    abs($val);\n}',
      "COMPILATION error at [3:5-7]: Can't find a match for function 'abs(Integer[0..1])'.\nFunctions that can match if parameter types or multiplicities are changed:\n\t\tabs(Float[1]):Float[1]\n\t\tabs(Integer[1]):Integer[1]\n\t\tabs(Decimal[1]):Decimal[1]\n\t\tabs(Number[1]):Number[1]\n",
    );
  });

  test("Can't find a match for function 'toString(Date[0..1])'", () => {
    const out = compileGrammar('###Pure\nfunction x::func(param1: Date[1], param2:Date[1]):Any[*]{   max([$param1, $param2])->toString()}');
    expect(firstError(out)?.startsWith("COMPILATION error at [2:86-93]: Can't find a match for function 'toString(Date[0..1])'.\n")).toBe(true);
  });

  test("Can't find a match for function 'getAll(Mapping[1])' (protocol references a mapping)", () => {
    // A mapping element referenced as a class: getAll needs Class<T>.
    const out = compileGrammar("Class test::A\n{\n   prop : String[1];\n}\nClass test::B\n{\n   z(){test::A.all()->map(a|$a.prop)}:String[*];\n}\n");
    expect(errorsOf(out)).toEqual([]);
  });

  test('The property can\'t be accessed on primitive types', () => {
    expectError(
      'Class test::A\n{\n   name : String[1];\n   z(){$this.name.name}:String[1];\n}',
      "COMPILATION error at [4:19-22]: The property 'name' can't be accessed on primitive types. Inferred primitive type is String",
    );
  });

  test('enum values have a name', () => {
    expectClean('Enum test::A\n{\n   A,B\n}\n\nClass test::B\n{\n   e:test::A[1];\n   z(){ $this.e.name}:String[1];\n}');
  });

  test('lambda parameter inference over collections of classes', () => {
    expectClean("Class test::A\n{\n   name : String[1];\n}\n\nClass test::B\n{\n   z(){test::A.all()->filter(a|$a.name == 'yeah')}:test::A[*];\n   y(){test::A.all()->exists(a|$a.name == 'yeah')}:Boolean[1];\n   x(){test::A.all()->sortBy(a|$a.name)}:test::A[*];\n}\n");
    expectError(
      "Class test::A\n{\n   name : String[1];\n}\n\nClass test::B\n{\n   z(){test::A.all()->filter(a|$a.nam == 'ohoh')}:test::A[*];\n}",
      "COMPILATION error at [8:35-37]: Can't find property 'nam' in class 'test::A'",
    );
  });

  test('automap of a property over a collection', () => {
    expectClean('Class test::Firm\n{\n   employees:test::Person[*];\n   emp(){$this.employees->first().lastName}:String[0..1];\n   all(){$this.employees.lastName}:String[*];\n}\n\nClass test::Person\n{\n   lastName : String[1];\n}');
    expectError(
      'Class test::Firm\n{\n   employees:test::Person[*];\n   all(){$this.employees.lastName}:String[1];\n}\n\nClass test::Person\n{\n   lastName : String[1];\n}',
      "COMPILATION error at [4:26-33]: Error in derived property 'Firm.all' - Multiplicity error: [1] doesn't subsume [*]",
    );
  });
});

describe('functions', () => {
  const a = 'Class test::A\n{\n   s:String[1];\n}\n';

  test('Error in function (return type)', () => {
    expectError(a + '\nfunction test::f(a:test::A[1]):String[1]\n{\n   $a;\n}', "COMPILATION error at [8:4-5]: Error in function 'test::f_A_1__String_1_' - Type error: 'test::A' is not a subtype of 'String'");
  });

  test("Can't find a match for function (user-defined)", () => {
    expectClean(a + 'function test::other(a:test::A[1]):String[1]\n{\n   test::f($a)\n}\n\nfunction test::f(a:test::A[1]):String[1]\n{\n   $a.s;\n}');
    const out = compileGrammar(a + "function test::other(a:test::A[1]):String[1]\n{\n   test::f('test')\n}\n\nfunction test::f(a:test::A[1]):String[1]\n{\n   $a.s;\n}");
    expect(firstError(out)?.startsWith("COMPILATION error at [7:4-10]: Can't find a match for function 'test::f(String[1])'")).toBe(true);
  });

  test('user-defined functions match subtypes and multiplicities', () => {
    expectClean('Class test::B\n{\n   s:String[1];\n}\n\nClass test::A extends test::B\n{\n}\nfunction test::other(a:test::A[1]):String[1]\n{\n   test::f($a)\n}\n\nfunction test::f(a:test::B[1]):String[1]\n{\n   $a.s;\n}');
    const inheritance = compileGrammar('Class test::B\n{\n   s:String[1];\n}\n\nClass test::A extends test::B\n{\n}\nfunction test::other(a:test::B[1]):String[1]\n{\n   test::f($a)\n}\n\nfunction test::f(a:test::A[1]):String[1]\n{\n   $a.s;\n}');
    expect(firstError(inheritance)?.startsWith("COMPILATION error at [11:4-10]: Can't find a match for function 'test::f(B[1])'")).toBe(true);
    const mult = compileGrammar("Class test::A\n{\n}\nfunction test::other(a:test::A[*]):String[1]\n{\n   test::f($a)\n}\n\nfunction test::f(a:test::A[1]):String[1]\n{\n   'yo';\n}");
    expect(firstError(mult)?.startsWith("COMPILATION error at [6:4-10]: Can't find a match for function 'test::f(A[*])'")).toBe(true);
  });

  test('functions called through an import and by full path', () => {
    expectClean(
      'function example::testMaxInteger(input: Integer[1]):Any[0..1]\n{\n   [1,$input]->max();\n}\nfunction example::testMaxInteger():Any[0..1]\n{\n   [1,2]->max();\n}\n###Pure\nimport example::*;\nfunction example::test::go():Any[0..1]\n{\n   testMaxInteger(1);\n   testMaxInteger();\n   example::testMaxInteger(1);\n}\n',
    );
    expectClean('function example::testMaxInteger(input: Integer[1]):Any[0..1]\n{\n   [1,$input]->meta::pure::functions::math::max();\n}\n');
  });
});

describe('warnings', () => {
  test('Found duplicated stereotype / tag in profile', () => {
    const out = compileGrammar('Profile test::A\n{\n   tags : [doc, doc];\n   stereotypes : [modifier, modifier, accessorType, accessorType];\n}\n');
    expect(warningsOf(out)).toEqual([
      "COMPILATION warning at [1:1-5:1]: Found duplicated stereotype 'accessorType' in profile 'test::A'",
      "COMPILATION warning at [1:1-5:1]: Found duplicated stereotype 'modifier' in profile 'test::A'",
      "COMPILATION warning at [1:1-5:1]: Found duplicated tag 'doc' in profile 'test::A'",
    ]);
  });

  test('Found duplicated value in enumeration', () => {
    const out = compileGrammar('Enum test::A\n{\n   TEA,COFFEE,TEA,TEA,COFFEE\n}\n');
    expect(warningsOf(out)).toEqual([
      "COMPILATION warning at [3:4-6]: Found duplicated value 'TEA' in enumeration 'test::A'",
      "COMPILATION warning at [3:8-13]: Found duplicated value 'COFFEE' in enumeration 'test::A'",
    ]);
  });

  test('Found duplicated property in class / association', () => {
    const cls = compileGrammar('Class test::A\n{\n   property : Integer[0..1];\n   property : String[1];\n   other : String[1];\n   ok : String[1];\n   other: String[1];\n}\n');
    expect(warningsOf(cls)).toEqual([
      "COMPILATION warning at [3:4-28]: Found duplicated property 'property' in class 'test::A'",
      "COMPILATION warning at [5:4-21]: Found duplicated property 'other' in class 'test::A'",
    ]);
    const assoc = compileGrammar('Class test::A {}\nClass test::B {}\nAssociation test::C\n{\n   property1: test::A[0..1];\n   property1: test::B[1];\n}\n');
    expect(warningsOf(assoc)).toEqual(["COMPILATION warning at [5:4-28]: Found duplicated property 'property1' in association 'test::C'"]);
  });
});

describe('not supported by the embedded engine', () => {
  test('a function outside the subset is a warning, never an error', () => {
    const out = compileGrammar('Class test::A\n[\n  $this.name->isDigitsOnly()\n]\n{\n  name: String[1];\n}\n');
    expect(errorsOf(out)).toEqual([]);
    expect(notSupportedOf(out)).toEqual([
      "COMPILATION warning at [3:15-26]: The function 'isDigitsOnly' is not supported by the embedded engine; configure a Legend engine URL to compile it",
    ]);
  });

  test('errors inside the arguments of an unsupported function are still reported', () => {
    expectError('Class test::A\n[\n  $this.nam->isDigitsOnly()\n]\n{\n  name: String[1];\n}\n', "COMPILATION error at [3:9-11]: Can't find property 'nam' in class 'test::A'");
  });

  test('one warning per expression', () => {
    const out = compileGrammar('Class test::A\n[\n  $this.name->foo()->bar()->baz()\n]\n{\n  name: String[1];\n}\n');
    expect(notSupportedOf(out)).toHaveLength(1);
  });
});

describe('system classes', () => {
  test('a class extending a system class: inherited properties are not errors', () => {
    const out = compileGrammar("Class demo::A extends meta::pure::metamodel::type::Type\n[\n  $this.name->isNotEmpty()\n]\n{\n  code: String[1];\n}\n");
    expect(errorsOf(out)).toEqual([]);
    expect(notSupportedOf(out)).toHaveLength(1);
  });

  test('auto-imported system types and profiles resolve without their package', () => {
    expectClean("Class <<cipher.Cipher>> {enterprise.taxonomyNodes = 'x'} demo::A\n{\n  d: Duration[0..1];\n  r: TabularDataSet[0..1];\n  m: Map<String, Integer>[0..1];\n}\n");
  });
});
