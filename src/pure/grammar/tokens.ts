/**
 * Token kinds of the Legend grammar lexer. Keywords are not separate kinds: they lex as IDENT and the parsers
 * compare the text, exactly because Legend also accepts most keywords as identifiers.
 */
export enum T {
  EOF = 0,
  IDENT, // [A-Za-z0-9_][A-Za-z0-9_$]*
  STRING, // '...' or a ''' text block
  DQ_STRING, // "..." (relational quoted identifiers)
  INTEGER,
  FLOAT,
  DECIMAL,
  DATE, // %2020-01-01T10:00:00
  STRICT_TIME, // %10:10:10
  LATEST_DATE, // %latest
  BOOLEAN, // true | false
  ISLAND, // #{ ... }#, #>{ ... }#, #Tag{ ... }#
  NAV_PATH, // #/...#
  AND, // &&
  OR, // ||
  NOT, // !
  COMMA,
  EQUAL, // =
  TEST_EQUAL, // ==
  TEST_NOT_EQUAL, // !=
  PERCENT,
  ARROW, // ->
  BRACE_OPEN,
  BRACE_CLOSE,
  BRACKET_OPEN,
  BRACKET_CLOSE,
  PAREN_OPEN,
  PAREN_CLOSE,
  COLON,
  PATH_SEPARATOR, // ::
  DOT,
  DOT_DOT,
  DOLLAR,
  SEMI_COLON,
  NEW_SYMBOL, // ^
  PIPE,
  TILDE,
  AT,
  PLUS,
  STAR,
  MINUS,
  DIVIDE,
  LESS_THAN,
  LESS_OR_EQUAL,
  GREATER_THAN,
  GREATER_OR_EQUAL,
  QUESTION,
  INVALID,
}

/** Fixed spellings, used in error messages ("Valid alternatives: [...]"). */
export const TOKEN_TEXT: Partial<Record<T, string>> = {
  [T.AND]: '&&',
  [T.OR]: '||',
  [T.NOT]: '!',
  [T.COMMA]: ',',
  [T.EQUAL]: '=',
  [T.TEST_EQUAL]: '==',
  [T.TEST_NOT_EQUAL]: '!=',
  [T.PERCENT]: '%',
  [T.ARROW]: '->',
  [T.BRACE_OPEN]: '{',
  [T.BRACE_CLOSE]: '}',
  [T.BRACKET_OPEN]: '[',
  [T.BRACKET_CLOSE]: ']',
  [T.PAREN_OPEN]: '(',
  [T.PAREN_CLOSE]: ')',
  [T.COLON]: ':',
  [T.PATH_SEPARATOR]: '::',
  [T.DOT]: '.',
  [T.DOT_DOT]: '..',
  [T.DOLLAR]: '$',
  [T.SEMI_COLON]: ';',
  [T.NEW_SYMBOL]: '^',
  [T.PIPE]: '|',
  [T.TILDE]: '~',
  [T.AT]: '@',
  [T.PLUS]: '+',
  [T.STAR]: '*',
  [T.MINUS]: '-',
  [T.DIVIDE]: '/',
  [T.LESS_THAN]: '<',
  [T.LESS_OR_EQUAL]: '<=',
  [T.GREATER_THAN]: '>',
  [T.GREATER_OR_EQUAL]: '>=',
  [T.QUESTION]: '?',
};
