export const id = 692;
export const ids = [692];
export const modules = {

/***/ 3752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c5: () => (/* binding */ specByGrammar),
/* harmony export */   hj: () => (/* binding */ specByType),
/* harmony export */   hl: () => (/* binding */ AUTHENTICATION_STRATEGIES),
/* harmony export */   jA: () => (/* binding */ DATASOURCE_SPECS),
/* harmony export */   qO: () => (/* binding */ genericGrammarName)
/* harmony export */ });
/**
 * Datasource specifications and authentication strategies of relational database connections, as data: the
 * grammar keyword, the engine's `_type`, and each field's grammar key, JSON name and value kind. Types not in
 * the table are kept generically (grammar keys as JSON names) so they still round-trip.
 */
const f = (key, kind = 'string', json = key) => ({ key, json, kind });
const DATASOURCE_SPECS = [
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
const AUTHENTICATION_STRATEGIES = [
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
function specByGrammar(list, grammar) {
    return list.find((s) => s.grammar === grammar);
}
function specByType(list, type) {
    return list.find((s) => s.type === type);
}
/** The grammar name of an unknown `_type` kept generically (its first letter was lower-cased on parse). */
function genericGrammarName(type) {
    return type.charAt(0).toUpperCase() + type.slice(1);
}


/***/ }),

/***/ 3074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jh: () => (/* binding */ functionSignature),
/* harmony export */   oV: () => (/* binding */ functionNameWithoutSignature)
/* harmony export */ });
/* unused harmony exports classSignature, multiplicitySignature */
function classSignature(genericType) {
    if (!genericType)
        return undefined;
    const raw = genericType.rawType;
    const path = raw._type === 'packageableType' ? raw.fullPath : 'Relation';
    const i = path.lastIndexOf('::');
    return i < 0 ? path : path.slice(i + 2);
}
function multiplicitySignature(m) {
    const lower = m?.lowerBound ?? 0;
    const upper = m?.upperBound;
    if (upper !== undefined && lower === upper)
        return String(lower);
    if (lower === 0 && upper === undefined)
        return 'MANY';
    return `$${lower}_${upper === undefined ? 'MANY' : upper}$`;
}
function functionSignature(f) {
    const params = f.parameters
        .filter((p) => p.genericType !== undefined)
        .map((p) => `${classSignature(p.genericType)}_${multiplicitySignature(p.multiplicity)}`);
    const sig = params.join('__') + '__' + classSignature(f.returnGenericType) + '_' + multiplicitySignature(f.returnMultiplicity) + '_';
    return f.parameters.length > 0 ? '_' + sig : sig;
}
/** The function name without its signature suffix (the engine's getFunctionNameWithNoPackage). */
function functionNameWithoutSignature(f) {
    const i = f.name.indexOf(functionSignature(f));
    return i > 0 ? f.name.slice(0, i) : f.name;
}


/***/ }),

/***/ 8692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ parsePureGrammar)
});

// EXTERNAL MODULE: ./src/pure/protocol/engineError.ts
var engineError = __webpack_require__(5103);
// EXTERNAL MODULE: ./src/pure/protocol/context.ts
var context = __webpack_require__(9516);
;// CONCATENATED MODULE: ./src/pure/grammar/tokens.ts
/**
 * Token kinds of the Legend grammar lexer. Keywords are not separate kinds: they lex as IDENT and the parsers
 * compare the text, exactly because Legend also accepts most keywords as identifiers.
 */
var T;
(function (T) {
    T[T["EOF"] = 0] = "EOF";
    T[T["IDENT"] = 1] = "IDENT";
    T[T["STRING"] = 2] = "STRING";
    T[T["DQ_STRING"] = 3] = "DQ_STRING";
    T[T["INTEGER"] = 4] = "INTEGER";
    T[T["FLOAT"] = 5] = "FLOAT";
    T[T["DECIMAL"] = 6] = "DECIMAL";
    T[T["DATE"] = 7] = "DATE";
    T[T["STRICT_TIME"] = 8] = "STRICT_TIME";
    T[T["LATEST_DATE"] = 9] = "LATEST_DATE";
    T[T["BOOLEAN"] = 10] = "BOOLEAN";
    T[T["ISLAND"] = 11] = "ISLAND";
    T[T["NAV_PATH"] = 12] = "NAV_PATH";
    T[T["AND"] = 13] = "AND";
    T[T["OR"] = 14] = "OR";
    T[T["NOT"] = 15] = "NOT";
    T[T["COMMA"] = 16] = "COMMA";
    T[T["EQUAL"] = 17] = "EQUAL";
    T[T["TEST_EQUAL"] = 18] = "TEST_EQUAL";
    T[T["TEST_NOT_EQUAL"] = 19] = "TEST_NOT_EQUAL";
    T[T["PERCENT"] = 20] = "PERCENT";
    T[T["ARROW"] = 21] = "ARROW";
    T[T["BRACE_OPEN"] = 22] = "BRACE_OPEN";
    T[T["BRACE_CLOSE"] = 23] = "BRACE_CLOSE";
    T[T["BRACKET_OPEN"] = 24] = "BRACKET_OPEN";
    T[T["BRACKET_CLOSE"] = 25] = "BRACKET_CLOSE";
    T[T["PAREN_OPEN"] = 26] = "PAREN_OPEN";
    T[T["PAREN_CLOSE"] = 27] = "PAREN_CLOSE";
    T[T["COLON"] = 28] = "COLON";
    T[T["PATH_SEPARATOR"] = 29] = "PATH_SEPARATOR";
    T[T["DOT"] = 30] = "DOT";
    T[T["DOT_DOT"] = 31] = "DOT_DOT";
    T[T["DOLLAR"] = 32] = "DOLLAR";
    T[T["SEMI_COLON"] = 33] = "SEMI_COLON";
    T[T["NEW_SYMBOL"] = 34] = "NEW_SYMBOL";
    T[T["PIPE"] = 35] = "PIPE";
    T[T["TILDE"] = 36] = "TILDE";
    T[T["AT"] = 37] = "AT";
    T[T["PLUS"] = 38] = "PLUS";
    T[T["STAR"] = 39] = "STAR";
    T[T["MINUS"] = 40] = "MINUS";
    T[T["DIVIDE"] = 41] = "DIVIDE";
    T[T["LESS_THAN"] = 42] = "LESS_THAN";
    T[T["LESS_OR_EQUAL"] = 43] = "LESS_OR_EQUAL";
    T[T["GREATER_THAN"] = 44] = "GREATER_THAN";
    T[T["GREATER_OR_EQUAL"] = 45] = "GREATER_OR_EQUAL";
    T[T["QUESTION"] = 46] = "QUESTION";
    T[T["INVALID"] = 47] = "INVALID";
})(T || (T = {}));
/** Fixed spellings, used in error messages ("Valid alternatives: [...]"). */
const TOKEN_TEXT = {
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

;// CONCATENATED MODULE: ./src/pure/grammar/lexer.ts
/**
 * One linear pass over a slice of the source: no regular expressions, no substring copies. Tokens are kept in
 * parallel typed arrays (kind, start, end, line, column); text is sliced by the parsers only when needed.
 *
 * Longest-match rules follow Legend's ANTLR lexer (CoreLexerGrammar): numbers win ties over identifiers
 * (`1d` is a Decimal, `1e5` an identifier), `'''` starts a text block only when a line break follows, and a
 * `#` opens an island that runs to the matching `}#` (nested `#{ ... }#` counted).
 */

class TokenStream {
    kinds;
    starts;
    ends;
    lines;
    cols;
    count = 0;
    /** Position of the end of input (line and 0-based column), used for the EOF token. */
    eofLine = 1;
    eofCol = 0;
    constructor(capacity) {
        const cap = Math.max(16, capacity);
        this.kinds = new Uint8Array(cap);
        this.starts = new Int32Array(cap);
        this.ends = new Int32Array(cap);
        this.lines = new Int32Array(cap);
        this.cols = new Int32Array(cap);
    }
    push(kind, start, end, line, col) {
        if (this.count === this.kinds.length)
            this.grow();
        const i = this.count++;
        this.kinds[i] = kind;
        this.starts[i] = start;
        this.ends[i] = end;
        this.lines[i] = line;
        this.cols[i] = col;
    }
    grow() {
        const cap = this.kinds.length * 2;
        const k = new Uint8Array(cap);
        k.set(this.kinds);
        this.kinds = k;
        const s = new Int32Array(cap);
        s.set(this.starts);
        this.starts = s;
        const e = new Int32Array(cap);
        e.set(this.ends);
        this.ends = e;
        const l = new Int32Array(cap);
        l.set(this.lines);
        this.lines = l;
        const c = new Int32Array(cap);
        c.set(this.cols);
        this.cols = c;
    }
}
var C;
(function (C) {
    C[C["TAB"] = 9] = "TAB";
    C[C["LF"] = 10] = "LF";
    C[C["CR"] = 13] = "CR";
    C[C["SPACE"] = 32] = "SPACE";
    C[C["BANG"] = 33] = "BANG";
    C[C["DQUOTE"] = 34] = "DQUOTE";
    C[C["HASH"] = 35] = "HASH";
    C[C["DOLLAR"] = 36] = "DOLLAR";
    C[C["PERCENT"] = 37] = "PERCENT";
    C[C["AMP"] = 38] = "AMP";
    C[C["QUOTE"] = 39] = "QUOTE";
    C[C["LPAREN"] = 40] = "LPAREN";
    C[C["RPAREN"] = 41] = "RPAREN";
    C[C["STAR"] = 42] = "STAR";
    C[C["PLUS"] = 43] = "PLUS";
    C[C["COMMA"] = 44] = "COMMA";
    C[C["MINUS"] = 45] = "MINUS";
    C[C["DOT"] = 46] = "DOT";
    C[C["SLASH"] = 47] = "SLASH";
    C[C["D0"] = 48] = "D0";
    C[C["D9"] = 57] = "D9";
    C[C["COLON"] = 58] = "COLON";
    C[C["SEMI"] = 59] = "SEMI";
    C[C["LT"] = 60] = "LT";
    C[C["EQ"] = 61] = "EQ";
    C[C["GT"] = 62] = "GT";
    C[C["AT"] = 64] = "AT";
    C[C["UA"] = 65] = "UA";
    C[C["UD"] = 68] = "UD";
    C[C["UE"] = 69] = "UE";
    C[C["UF"] = 70] = "UF";
    C[C["UT"] = 84] = "UT";
    C[C["UZ"] = 90] = "UZ";
    C[C["LBRACKET"] = 91] = "LBRACKET";
    C[C["BACKSLASH"] = 92] = "BACKSLASH";
    C[C["RBRACKET"] = 93] = "RBRACKET";
    C[C["CARET"] = 94] = "CARET";
    C[C["UNDERSCORE"] = 95] = "UNDERSCORE";
    C[C["LA"] = 97] = "LA";
    C[C["LD"] = 100] = "LD";
    C[C["LE"] = 101] = "LE";
    C[C["LF_"] = 102] = "LF_";
    C[C["LZ"] = 122] = "LZ";
    C[C["LBRACE"] = 123] = "LBRACE";
    C[C["PIPE"] = 124] = "PIPE";
    C[C["RBRACE"] = 125] = "RBRACE";
    C[C["TILDE"] = 126] = "TILDE";
})(C || (C = {}));
function isDigit(c) {
    return c >= C.D0 && c <= C.D9;
}
function isLetter(c) {
    return (c >= C.LA && c <= C.LZ) || (c >= C.UA && c <= C.UZ);
}
/** First character of a ValidString (an identifier, which may start with a digit). */
function isIdentStart(c) {
    return isLetter(c) || isDigit(c) || c === C.UNDERSCORE;
}
function isIdentPart(c) {
    return isLetter(c) || isDigit(c) || c === C.UNDERSCORE || c === C.DOLLAR;
}
/** Length of the digit run starting at `p` (0 if none). */
function digitRun(src, p, end) {
    let q = p;
    while (q < end && isDigit(src.charCodeAt(q)))
        q++;
    return q - p;
}
/**
 * Lexes `src[start, end)`. `line` is the line number of `start` and `firstCol` its 0-based column; inside a
 * section Legend counts columns of the first line from the section content start (firstCol 0).
 */
function tokenize(src, start, end, line, firstCol = 0) {
    const ts = new TokenStream(Math.ceil((end - start) / 3) + 16);
    let p = start;
    let lineStart = start - firstCol;
    // Moves `p` to `to`, counting line breaks on the way (for tokens that may span lines).
    const advanceOver = (from, to) => {
        for (let i = from; i < to; i++) {
            if (src.charCodeAt(i) === C.LF) {
                line++;
                lineStart = i + 1;
            }
        }
    };
    while (p < end) {
        const c = src.charCodeAt(p);
        // whitespace
        if (c === C.SPACE || c === C.TAB || c === C.CR) {
            p++;
            continue;
        }
        if (c === C.LF) {
            p++;
            line++;
            lineStart = p;
            continue;
        }
        const tokLine = line;
        const tokCol = p - lineStart;
        const next = p + 1 < end ? src.charCodeAt(p + 1) : -1;
        // comments
        if (c === C.SLASH) {
            if (next === C.SLASH) {
                let q = p + 2;
                while (q < end) {
                    const ch = src.charCodeAt(q);
                    if (ch === C.LF || ch === C.CR)
                        break;
                    q++;
                }
                p = q;
                continue;
            }
            if (next === C.STAR) {
                const close = src.indexOf('*/', p + 2);
                if (close >= 0 && close + 2 <= end) {
                    advanceOver(p, close + 2);
                    p = close + 2;
                    continue;
                }
            }
            ts.push(T.DIVIDE, p, p + 1, tokLine, tokCol);
            p++;
            continue;
        }
        // identifiers and numbers (a ValidString may start with a digit: longest match decides)
        if (isIdentStart(c)) {
            let q = p + 1;
            while (q < end && isIdentPart(src.charCodeAt(q)))
                q++;
            const identLen = q - p;
            if (isDigit(c)) {
                const num = scanNumber(src, p, end);
                if (num.len >= identLen) {
                    ts.push(num.kind, p, p + num.len, tokLine, tokCol);
                    p += num.len;
                    continue;
                }
            }
            else if (identLen === 4 && src.startsWith('true', p)) {
                ts.push(T.BOOLEAN, p, q, tokLine, tokCol);
                p = q;
                continue;
            }
            else if (identLen === 5 && src.startsWith('false', p)) {
                ts.push(T.BOOLEAN, p, q, tokLine, tokCol);
                p = q;
                continue;
            }
            ts.push(T.IDENT, p, q, tokLine, tokCol);
            p = q;
            continue;
        }
        switch (c) {
            case C.QUOTE: {
                const blockEnd = scanTextBlock(src, p, end);
                if (blockEnd > 0) {
                    ts.push(T.STRING, p, blockEnd, tokLine, tokCol);
                    advanceOver(p, blockEnd);
                    p = blockEnd;
                    break;
                }
                let q = p + 1;
                let ok = false;
                while (q < end) {
                    const ch = src.charCodeAt(q);
                    if (ch === C.BACKSLASH) {
                        q += 2;
                        continue;
                    }
                    if (ch === C.QUOTE) {
                        ok = true;
                        q++;
                        break;
                    }
                    if (ch === C.LF || ch === C.CR)
                        break;
                    q++;
                }
                if (ok && q <= end) {
                    ts.push(T.STRING, p, q, tokLine, tokCol);
                    advanceOver(p, q); // an escaped line break may sit inside
                    p = q;
                }
                else {
                    ts.push(T.INVALID, p, p + 1, tokLine, tokCol);
                    p++;
                }
                break;
            }
            case C.DQUOTE: {
                // relational quoted identifiers: '"' (EscSeq | ~["\r\n])* '"'
                let q = p + 1;
                while (q < end) {
                    const ch = src.charCodeAt(q);
                    if (ch === C.BACKSLASH) {
                        q += 2;
                        continue;
                    }
                    if (ch === C.DQUOTE || ch === C.LF || ch === C.CR)
                        break;
                    q++;
                }
                if (q < end && src.charCodeAt(q) === C.DQUOTE) {
                    ts.push(T.DQ_STRING, p, q + 1, tokLine, tokCol);
                    p = q + 1;
                }
                else {
                    ts.push(T.INVALID, p, p + 1, tokLine, tokCol);
                    p++;
                }
                break;
            }
            case C.DOT:
                if (isDigit(next)) {
                    const num = scanNumber(src, p, end);
                    ts.push(num.kind, p, p + num.len, tokLine, tokCol);
                    p += num.len;
                }
                else if (next === C.DOT) {
                    ts.push(T.DOT_DOT, p, p + 2, tokLine, tokCol);
                    p += 2;
                }
                else {
                    ts.push(T.DOT, p, p + 1, tokLine, tokCol);
                    p++;
                }
                break;
            case C.PERCENT: {
                const d = scanPercent(src, p, end);
                ts.push(d.kind, p, p + d.len, tokLine, tokCol);
                p += d.len;
                break;
            }
            case C.HASH: {
                const isl = scanIsland(src, p, end);
                if (isl.kind === T.INVALID) {
                    ts.push(T.INVALID, p, p + 1, tokLine, tokCol);
                    p++;
                }
                else {
                    ts.push(isl.kind, p, isl.end, tokLine, tokCol);
                    advanceOver(p, isl.end);
                    p = isl.end;
                }
                break;
            }
            case C.AMP:
                if (next === C.AMP) {
                    ts.push(T.AND, p, p + 2, tokLine, tokCol);
                    p += 2;
                }
                else {
                    ts.push(T.INVALID, p, p + 1, tokLine, tokCol);
                    p++;
                }
                break;
            case C.PIPE:
                if (next === C.PIPE) {
                    ts.push(T.OR, p, p + 2, tokLine, tokCol);
                    p += 2;
                }
                else {
                    ts.push(T.PIPE, p, p + 1, tokLine, tokCol);
                    p++;
                }
                break;
            case C.BANG:
                p += pushPair(ts, next === C.EQ, T.TEST_NOT_EQUAL, T.NOT, p, tokLine, tokCol);
                break;
            case C.EQ:
                p += pushPair(ts, next === C.EQ, T.TEST_EQUAL, T.EQUAL, p, tokLine, tokCol);
                break;
            case C.LT:
                p += pushPair(ts, next === C.EQ, T.LESS_OR_EQUAL, T.LESS_THAN, p, tokLine, tokCol);
                break;
            case C.GT:
                p += pushPair(ts, next === C.EQ, T.GREATER_OR_EQUAL, T.GREATER_THAN, p, tokLine, tokCol);
                break;
            case C.MINUS:
                p += pushPair(ts, next === C.GT, T.ARROW, T.MINUS, p, tokLine, tokCol);
                break;
            case C.COLON:
                p += pushPair(ts, next === C.COLON, T.PATH_SEPARATOR, T.COLON, p, tokLine, tokCol);
                break;
            default: {
                const kind = SINGLE[c] ?? T.INVALID;
                // a lone high surrogate and its pair form one invalid character
                const len = c >= 0xd800 && c <= 0xdbff && p + 1 < end ? 2 : 1;
                ts.push(kind, p, p + (kind === T.INVALID ? len : 1), tokLine, tokCol);
                p += kind === T.INVALID ? len : 1;
            }
        }
    }
    ts.eofLine = line;
    ts.eofCol = end - lineStart;
    return ts;
}
function pushPair(ts, two, twoKind, oneKind, p, line, col) {
    if (two) {
        ts.push(twoKind, p, p + 2, line, col);
        return 2;
    }
    ts.push(oneKind, p, p + 1, line, col);
    return 1;
}
const SINGLE = [];
SINGLE[C.COMMA] = T.COMMA;
SINGLE[C.LBRACE] = T.BRACE_OPEN;
SINGLE[C.RBRACE] = T.BRACE_CLOSE;
SINGLE[C.LBRACKET] = T.BRACKET_OPEN;
SINGLE[C.RBRACKET] = T.BRACKET_CLOSE;
SINGLE[C.LPAREN] = T.PAREN_OPEN;
SINGLE[C.RPAREN] = T.PAREN_CLOSE;
SINGLE[C.DOLLAR] = T.DOLLAR;
SINGLE[C.SEMI] = T.SEMI_COLON;
SINGLE[C.CARET] = T.NEW_SYMBOL;
SINGLE[C.TILDE] = T.TILDE;
SINGLE[C.AT] = T.AT;
SINGLE[C.PLUS] = T.PLUS;
SINGLE[C.STAR] = T.STAR;
/** Integer / Float / Decimal starting at `p` (a digit, or a '.' followed by a digit). */
function scanNumber(src, p, end) {
    let q = p + digitRun(src, p, end);
    const intEnd = q;
    let hasFraction = false;
    if (q < end && src.charCodeAt(q) === C.DOT && q + 1 < end && isDigit(src.charCodeAt(q + 1))) {
        q += 1 + digitRun(src, q + 1, end);
        hasFraction = true;
    }
    let expEnd = q;
    if (q < end) {
        const e = src.charCodeAt(q);
        if (e === C.LE || e === C.UE) {
            let r = q + 1;
            const sign = r < end ? src.charCodeAt(r) : -1;
            if (sign === C.PLUS || sign === C.MINUS)
                r++;
            const run = digitRun(src, r, end);
            if (run > 0)
                expEnd = r + run;
        }
    }
    const suffix = expEnd < end ? src.charCodeAt(expEnd) : -1;
    if (suffix === C.LD || suffix === C.UD)
        return { kind: T.DECIMAL, len: expEnd + 1 - p };
    if (!hasFraction)
        return { kind: T.INTEGER, len: intEnd - p };
    if (suffix === C.LF_ || suffix === C.UF)
        return { kind: T.FLOAT, len: expEnd + 1 - p };
    return { kind: T.FLOAT, len: expEnd - p };
}
/** `%latest`, a Date (`%2020`, `%2020-01-02T10:00:00.000+0000`), a StrictTime (`%10:20:30`) or `%`. */
function scanPercent(src, p, end) {
    let best = { kind: T.PERCENT, len: 1 };
    if (src.startsWith('%latest', p) && p + 7 <= end)
        best = { kind: T.LATEST_DATE, len: 7 };
    // Date
    {
        let q = p + 1;
        if (q < end && src.charCodeAt(q) === C.MINUS)
            q++;
        const y = digitRun(src, q, end);
        if (y > 0) {
            q += y;
            let accept = q;
            if (q < end && src.charCodeAt(q) === C.MINUS && digitRun(src, q + 1, end) > 0) {
                q += 1 + digitRun(src, q + 1, end);
                accept = q;
                if (q < end && src.charCodeAt(q) === C.MINUS && digitRun(src, q + 1, end) > 0) {
                    q += 1 + digitRun(src, q + 1, end);
                    accept = q;
                    if (q < end && src.charCodeAt(q) === C.UT && digitRun(src, q + 1, end) > 0) {
                        q = scanClock(src, q + 1, end);
                        accept = q;
                        // time zone: +hhmm / -hhmm
                        const s = q < end ? src.charCodeAt(q) : -1;
                        if ((s === C.PLUS || s === C.MINUS) && digitRun(src, q + 1, end) >= 4)
                            accept = q + 5;
                    }
                }
            }
            if (accept - p > best.len || best.kind === T.PERCENT)
                best = { kind: T.DATE, len: accept - p };
        }
    }
    // StrictTime
    {
        const h = digitRun(src, p + 1, end);
        if (h > 0) {
            const q = scanClock(src, p + 1, end);
            if (q - p > best.len)
                best = { kind: T.STRICT_TIME, len: q - p };
        }
    }
    return best;
}
/** `Digit+ (':' Digit+ (':' Digit+ ('.' Digit+)?)?)?` from `q`; returns the end of the longest match. */
function scanClock(src, q, end) {
    q += digitRun(src, q, end);
    if (q < end && src.charCodeAt(q) === C.COLON && digitRun(src, q + 1, end) > 0) {
        q += 1 + digitRun(src, q + 1, end);
        if (q < end && src.charCodeAt(q) === C.COLON && digitRun(src, q + 1, end) > 0) {
            q += 1 + digitRun(src, q + 1, end);
            if (q < end && src.charCodeAt(q) === C.DOT && digitRun(src, q + 1, end) > 0) {
                q += 1 + digitRun(src, q + 1, end);
            }
        }
    }
    return q;
}
/** End of a `'''` text block starting at `p`, or 0 when the quote does not open one. */
function scanTextBlock(src, p, end) {
    if (!(p + 3 <= end && src.charCodeAt(p + 1) === C.QUOTE && src.charCodeAt(p + 2) === C.QUOTE))
        return 0;
    let q = p + 3;
    while (q < end && (src.charCodeAt(q) === C.SPACE || src.charCodeAt(q) === C.TAB))
        q++;
    if (q < end && src.charCodeAt(q) === C.CR)
        q++;
    if (!(q < end && src.charCodeAt(q) === C.LF))
        return 0;
    const close = src.indexOf("'''", q + 1);
    if (close < 0 || close + 3 > end)
        return 0;
    return close + 3;
}
/**
 * At a '#': a navigation path `#/...#` or an island `#tag{ ... }#`. Returns the token kind and its end; INVALID
 * when neither form applies (an island without its closing `}#` is reported by the parser as unexpected).
 */
function scanIsland(src, p, end) {
    if (p + 1 < end && src.charCodeAt(p + 1) === C.SLASH) {
        const close = src.indexOf('#', p + 2);
        if (close >= 0 && close < end)
            return { kind: T.NAV_PATH, end: close + 1 };
    }
    // ISLAND_OPEN: '#' (~[#{])* '{'
    let q = p + 1;
    while (q < end) {
        const ch = src.charCodeAt(q);
        if (ch === C.HASH)
            return { kind: T.INVALID, end: p + 1 };
        if (ch === C.LBRACE)
            break;
        q++;
    }
    if (q >= end)
        return { kind: T.INVALID, end: p + 1 };
    q++;
    let depth = 1;
    while (q < end) {
        const ch = src.charCodeAt(q);
        if (ch === C.HASH && q + 1 < end && src.charCodeAt(q + 1) === C.LBRACE) {
            depth++;
            q += 2;
        }
        else if (ch === C.RBRACE && q + 1 < end && src.charCodeAt(q + 1) === C.HASH) {
            depth--;
            q += 2;
            if (depth === 0)
                return { kind: T.ISLAND, end: q };
        }
        else {
            q++;
        }
    }
    return { kind: T.INVALID, end: p + 1 };
}

;// CONCATENATED MODULE: ./src/pure/grammar/sections.ts

const PREFIX_HEADER_LENGTH = '\n###Pure'.length;
function splitSections(code, sourceId) {
    // header offsets: index of the first '#' of each "###Name" that starts a line
    const headers = [];
    const n = code.length;
    // candidates: offset 0 and every "\n###"; line numbers are counted incrementally between candidates
    let line = 1;
    let counted = 0;
    const consider = (at, prevLineCol) => {
        if (!(at + 3 < n && isIdentStart(code.charCodeAt(at + 3))))
            return;
        for (let i = code.indexOf('\n', counted); i >= 0 && i < at; i = code.indexOf('\n', i + 1)) {
            line++;
            counted = i + 1;
        }
        counted = Math.max(counted, at);
        let j = at + 4;
        while (j < n && isIdentPart(code.charCodeAt(j)))
            j++;
        headers.push({ at, nameEnd: j, line, prevLineCol });
    };
    if (code.startsWith('###'))
        consider(0, -1);
    for (let nl = code.indexOf('\n###'); nl >= 0; nl = code.indexOf('\n###', nl + 1)) {
        const lineStart = code.lastIndexOf('\n', nl - 1) + 1;
        consider(nl + 1, nl - lineStart);
    }
    // line/column of an offset in the original text, for the end of each section
    const lineStarts = computeLineStarts(code);
    const locate = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, col: offset - lineStarts[lo] };
    };
    const slices = [];
    // The engine's section range: from the "\n###Name" token to the last content character, in lines of the
    // prefixed text (original line + 2). A section without content ends at its own header token.
    const engineRange = (startLine, startCol0, headerLength, contentStart, contentEnd, hasPrefixNewline) => {
        if (contentEnd > contentStart) {
            const last = locate(contentEnd - 1);
            return { sourceId, startLine, startColumn: startCol0 + 1, endLine: last.line + 2, endColumn: last.col + 1 };
        }
        if (hasPrefixNewline) {
            // only the prefix's own line break: it sits at the end of the "###Pure" line (line 2)
            return { sourceId, startLine, startColumn: startCol0 + 1, endLine: 2, endColumn: PREFIX_HEADER_LENGTH };
        }
        return { sourceId, startLine, startColumn: startCol0 + 1, endLine: startLine, endColumn: startCol0 + headerLength };
    };
    const firstHeader = headers[0];
    const defaultEnd = firstHeader ? Math.max(0, firstHeader.at - 1) : n;
    slices.push({
        parserName: 'Pure',
        contentStart: 0,
        contentEnd: defaultEnd,
        contentLine: 1,
        isDefault: true,
        // when the text starts with a header, the prefix's line break is taken by that header token
        sourceInformation: engineRange(1, 0, PREFIX_HEADER_LENGTH, 0, defaultEnd, firstHeader?.at !== 0),
    });
    headers.forEach((h, k) => {
        const following = headers[k + 1];
        const contentEnd = following ? following.at - 1 : n;
        const parserName = code.slice(h.at + 3, h.nameEnd);
        const headerTokenLength = 1 + 3 + parserName.length;
        const startLine = h.line + 1; // the token starts at the '\n' ending the previous line (original line - 1, + 2)
        const startCol0 = h.prevLineCol < 0 ? PREFIX_HEADER_LENGTH - 1 : h.prevLineCol;
        slices.push({
            parserName,
            contentStart: h.nameEnd,
            contentEnd: Math.max(h.nameEnd, contentEnd),
            contentLine: h.line,
            isDefault: false,
            header: { line: h.line, startColumn: 1, endColumn: 3 + parserName.length },
            sourceInformation: engineRange(startLine, startCol0, headerTokenLength, h.nameEnd, Math.max(h.nameEnd, contentEnd), false),
        });
    });
    return slices;
}
function computeLineStarts(code) {
    const starts = [0];
    for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}

// EXTERNAL MODULE: ./src/pure/grammar/strings.ts
var strings = __webpack_require__(1722);
;// CONCATENATED MODULE: ./src/pure/grammar/parserBase.ts
/**
 * Token cursor, source information and errors shared by every section parser. Positions follow the Legend
 * engine: 1-based lines and columns; a node spans from its first token's start to its last token's end, where
 * the end column is the last token's start column plus its length (also for tokens spanning lines).
 */



/** Splits `a::b::C` into package and name. */
function splitPath(path) {
    const i = path.lastIndexOf('::');
    return i < 0 ? { package: '', name: path } : { package: path.slice(0, i), name: path.slice(i + 2) };
}
class ParserBase {
    src;
    ts;
    opts;
    pos = 0;
    n;
    constructor(src, ts, opts) {
        this.src = src;
        this.ts = ts;
        this.opts = opts;
        this.n = ts.count;
    }
    // ----------------------------------------------------------------------------------------------- cursor
    /** Kind of the token `ahead` positions from the cursor (EOF past the end). */
    k(ahead = 0) {
        const i = this.pos + ahead;
        return i < this.n ? this.ts.kinds[i] : T.EOF;
    }
    /** Kind of the token at absolute index `i`. */
    kindAt(i) {
        return i < this.n ? this.ts.kinds[i] : T.EOF;
    }
    text(i) {
        return i < this.n ? this.src.slice(this.ts.starts[i], this.ts.ends[i]) : '<EOF>';
    }
    /** True when the token at `i` is an identifier spelled `word`. */
    isWordAt(i, word) {
        if (i >= this.n || this.ts.kinds[i] !== T.IDENT)
            return false;
        const s = this.ts.starts[i];
        return this.ts.ends[i] - s === word.length && this.src.startsWith(word, s);
    }
    isWord(word, ahead = 0) {
        return this.isWordAt(this.pos + ahead, word);
    }
    /** Consumes the current token and returns its index. */
    next() {
        return this.pos++;
    }
    /** Index of the last consumed token. */
    get last() {
        return this.pos - 1;
    }
    atEnd() {
        return this.pos >= this.n;
    }
    expect(kind) {
        if (this.k() !== kind)
            this.unexpected([kind]);
        return this.pos++;
    }
    accept(kind) {
        if (this.k() === kind) {
            this.pos++;
            return true;
        }
        return false;
    }
    expectWord(word) {
        if (!this.isWord(word))
            this.unexpected([], [word]);
        return this.pos++;
    }
    acceptWord(word) {
        if (this.isWord(word)) {
            this.pos++;
            return true;
        }
        return false;
    }
    /** `item, item, ...` up to `close` (which the caller consumes); none when `close` comes first. */
    commaSeparated(close, item) {
        const items = [];
        if (this.k() !== close) {
            do
                items.push(item());
            while (this.accept(T.COMMA));
        }
        return items;
    }
    /** Index after the bracket group opening at `i` ((), {}, [] nest together); -1 when unbalanced. */
    skipGroup(i) {
        let depth = 0;
        let p = i;
        do {
            const k = this.kindAt(p);
            if (k === T.PAREN_OPEN || k === T.BRACE_OPEN || k === T.BRACKET_OPEN)
                depth++;
            else if (k === T.PAREN_CLOSE || k === T.BRACE_CLOSE || k === T.BRACKET_CLOSE)
                depth--;
            else if (k === T.EOF)
                return -1;
            p++;
        } while (depth > 0);
        return p;
    }
    // ----------------------------------------------------------------------------------------------- identifiers
    /** `identifier`: a ValidString or a quoted string (keywords are identifiers too). */
    isIdentifier(ahead = 0) {
        const k = this.k(ahead);
        return k === T.IDENT || k === T.STRING;
    }
    /** Reads an identifier and returns its value (quoted identifiers unescaped). */
    identifier() {
        const k = this.k();
        if (k !== T.IDENT && k !== T.STRING)
            this.unexpected([T.IDENT]);
        const i = this.pos++;
        return k === T.STRING ? (0,strings/* fromGrammarString */.Jh)(this.text(i), true) : this.text(i);
    }
    /** `qualifiedName`: identifier ('::' identifier)*. Returns the path with identifiers unescaped. */
    qualifiedName() {
        let path = this.identifier();
        while (this.k() === T.PATH_SEPARATOR && (this.k(1) === T.IDENT || this.k(1) === T.STRING)) {
            this.pos++;
            path += '::' + this.identifier();
        }
        return path;
    }
    /** Concatenated token texts of [from, to] (ANTLR's `getText()`: no whitespace or comments). */
    rawText(from, to) {
        let s = '';
        for (let i = from; i <= to; i++)
            s += this.text(i);
        return s;
    }
    // ----------------------------------------------------------------------------------------------- positions
    si(from, to) {
        if (!this.opts.returnSourceInformation)
            return undefined;
        return this.siAlways(from, to);
    }
    /** Sets `sourceInformation` on a node when positions are requested. */
    withSi(node, si) {
        if (si)
            node.sourceInformation = si;
        return node;
    }
    /** Source information regardless of the returnSourceInformation option (for errors). */
    siAlways(from, to) {
        const ts = this.ts;
        if (from >= this.n)
            return this.eofSi();
        const end = Math.min(Math.max(to, from), this.n - 1);
        const si = {
            sourceId: this.opts.sourceId,
            startLine: ts.lines[from],
            startColumn: ts.cols[from] + 1,
            endLine: ts.lines[end],
            endColumn: ts.cols[end] + (ts.ends[end] - ts.starts[end]),
        };
        // ANTLR ends a position on the last token's start line plus its length; an island is many tokens there,
        // the last of them its closing `}#`, so a multi-line island ends where its text ends
        if (ts.kinds[end] === T.ISLAND) {
            const last = this.src.lastIndexOf('\n', ts.ends[end] - 1);
            if (last >= ts.starts[end]) {
                let lines = 0;
                for (let i = ts.starts[end]; i <= last; i++)
                    if (this.src.charCodeAt(i) === 10)
                        lines++;
                si.endLine = ts.lines[end] + lines;
                si.endColumn = ts.ends[end] - last - 1;
            }
        }
        return si;
    }
    /** The position ANTLR reports for an error at end of input: the column of the last character. */
    eofSi() {
        const col = Math.max(1, this.ts.eofCol);
        return { sourceId: this.opts.sourceId, startLine: this.ts.eofLine, startColumn: col, endLine: this.ts.eofLine, endColumn: col };
    }
    // ----------------------------------------------------------------------------------------------- errors
    error(message, si) {
        throw new engineError/* EngineError */.N(message, 'PARSER', si);
    }
    errorAt(message, from, to = from) {
        throw new engineError/* EngineError */.N(message, 'PARSER', this.siAlways(from, to));
    }
    /**
     * Reports the current token as unexpected, worded like Legend's parser: a stray token followed by one that
     * would have been accepted is "Unexpected token"; otherwise "Unexpected token 'x'", with the valid
     * alternatives when the caller knows them.
     */
    unexpected(expectedKinds = [], expectedWords = []) {
        const i = this.pos;
        const kind = this.k();
        if (kind === T.EOF)
            throw new engineError/* EngineError */.N('Unexpected token', 'PARSER', this.eofSi());
        if (kind === T.INVALID)
            this.errorAt('Unexpected token', i);
        const nextKind = this.k(1);
        const extraneous = (expectedKinds.length > 0 && expectedKinds.includes(nextKind)) ||
            (expectedWords.length > 0 && expectedWords.some((w) => this.isWordAt(i + 1, w)));
        if (extraneous)
            this.errorAt('Unexpected token', i);
        const alternatives = [
            ...expectedWords.map((w) => `'${w}'`),
            ...expectedKinds.map((k) => TOKEN_TEXT[k]).filter((t) => t !== undefined).map((t) => `'${t}'`),
        ];
        const message = `Unexpected token '${this.text(i)}'` + (alternatives.length > 0 ? `. Valid alternatives: [${alternatives.join(', ')}]` : '');
        this.errorAt(message, i);
    }
}

;// CONCATENATED MODULE: ./src/pure/grammar/islands.ts




/** Parses the ISLAND or NAV_PATH token at index `tok` (already consumed). */
function parseIsland(host, tok) {
    const ts = host.ts;
    const start = ts.starts[tok];
    const end = ts.ends[tok];
    const src = host.src;
    if (ts.kinds[tok] === T.NAV_PATH)
        return parseNavigationPath(host, tok);
    const brace = src.indexOf('{', start);
    const tag = src.slice(start + 1, brace).trim();
    const contentStart = brace + 1;
    const contentEnd = end - 2;
    const dslSi = host.si(tok, tok);
    // the island content starts on the token's line, after the opening `#tag{`
    const firstCol = ts.cols[tok] + (contentStart - start);
    const line = ts.lines[tok];
    if (tag === '') {
        if (contentEnd <= contentStart || src.slice(contentStart, contentEnd).trim() === '') {
            host.errorAt('Graph fetch tree must not be empty', tok);
        }
        const inner = new GraphFetchParser(src, tokenize(src, contentStart, contentEnd, line, firstCol), host.opts);
        return inner.definition();
    }
    if (tag === '>') {
        const path = src
            .slice(contentStart, contentEnd)
            .trim()
            .split('.');
        const ci = { _type: 'classInstance', type: '>', value: { path } };
        if (dslSi) {
            ci.value.sourceInformation = dslSi;
            ci.sourceInformation = dslSi;
        }
        return ci;
    }
    return host.errorAt(`Can't find an embedded Pure parser for the type '${tag}' available ones: [>]`, tok);
}
class GraphFetchParser extends ParserBase {
    definition() {
        const nameStart = this.pos;
        const cls = this.qualifiedName();
        const si = this.si(nameStart, this.last);
        const { subTrees, subTypeTrees } = this.graphDefinition(true);
        if (!this.atEnd())
            this.unexpected();
        const root = { _type: 'rootGraphFetchTree', class: cls, subTrees, subTypeTrees };
        const ci = { _type: 'classInstance', type: 'rootGraphFetchTree', value: root };
        if (si) {
            root.sourceInformation = si;
            ci.sourceInformation = si;
        }
        return ci;
    }
    graphDefinition(root) {
        const open = this.expect(T.BRACE_OPEN);
        const subTrees = [];
        const subTypeTrees = [];
        do {
            if (this.k() === T.ARROW)
                subTypeTrees.push(this.subTypePath());
            else
                subTrees.push(this.graphPath());
        } while (this.accept(T.COMMA));
        this.expect(T.BRACE_CLOSE);
        if (!root && subTypeTrees.length > 0)
            this.errorAt('->subType() is supported only at root level', open, this.last);
        return { subTrees, subTypeTrees };
    }
    /** `->subType(@my::Sub)`; returns the qualified name start/end and value. */
    subTypeRef() {
        this.expect(T.ARROW);
        if (!this.isWord('subType'))
            this.unexpected([], ['subType']);
        this.pos++;
        this.expect(T.PAREN_OPEN);
        this.expect(T.AT);
        const from = this.pos;
        const path = this.qualifiedName();
        const to = this.last;
        this.expect(T.PAREN_CLOSE);
        return { path, raw: this.rawText(from, to), from, to };
    }
    subTypePath() {
        const ref = this.subTypeRef();
        const { subTrees } = this.graphDefinition(false);
        const node = { _type: 'subTypeGraphFetchTree', subTypeClass: ref.raw, subTrees, subTypeTrees: [] };
        const si = this.si(ref.from, ref.to);
        if (si)
            node.sourceInformation = si;
        return node;
    }
    graphPath() {
        let alias;
        if (this.k() === T.STRING && this.k(1) === T.COLON) {
            const raw = this.text(this.next());
            alias = raw.slice(1, raw.length - 1);
            this.pos++;
        }
        const nameTok = this.pos;
        const property = this.identifier();
        const parameters = [];
        if (this.accept(T.PAREN_OPEN)) {
            if (this.k() !== T.PAREN_CLOSE) {
                parameters.push(this.parameter());
                while (this.accept(T.COMMA))
                    parameters.push(this.parameter());
            }
            this.expect(T.PAREN_CLOSE);
        }
        let subType;
        if (this.k() === T.ARROW)
            subType = this.subTypeRef().raw;
        const subTrees = this.k() === T.BRACE_OPEN ? this.graphDefinition(false).subTrees : [];
        const node = { _type: 'propertyGraphFetchTree', property, parameters, subTrees, subTypeTrees: [] };
        if (alias !== undefined)
            node.alias = alias;
        if (subType !== undefined)
            node.subType = subType;
        const si = this.si(nameTok, nameTok);
        if (si)
            node.sourceInformation = si;
        return node;
    }
    parameter() {
        if (this.k() === T.BRACKET_OPEN) {
            this.pos++;
            const values = this.commaSeparated(T.BRACKET_CLOSE, () => this.scalar());
            this.expect(T.BRACKET_CLOSE);
            return { _type: 'collection', multiplicity: { lowerBound: values.length, upperBound: values.length }, values };
        }
        return this.scalar();
    }
    scalar() {
        const tok = this.pos;
        const k = this.k();
        const withSi = (x, from = tok, to = this.last) => this.withSi(x, this.si(from, to));
        switch (k) {
            case T.DOLLAR: {
                this.pos++;
                const nameTok = this.pos;
                const name = this.identifier();
                return withSi({ _type: 'var', name }, nameTok, nameTok);
            }
            case T.LATEST_DATE:
                this.pos++;
                return withSi({ _type: 'latestDate', multiplicity: { lowerBound: 1, upperBound: 1 } });
            case T.STRING:
                this.pos++;
                return withSi({ _type: 'string', value: (0,strings/* fromGrammarString */.Jh)(this.text(tok), true) });
            case T.INTEGER:
                this.pos++;
                return withSi({ _type: 'integer', value: Number.parseInt(this.text(tok), 10) });
            case T.FLOAT:
                this.pos++;
                return withSi({ _type: 'float', value: Number.parseFloat(this.text(tok)) });
            case T.DATE:
                this.pos++;
                return withSi({ _type: 'dateTime', value: this.text(tok) });
            case T.BOOLEAN:
                this.pos++;
                return withSi({ _type: 'boolean', value: this.text(tok) === 'true' });
            case T.IDENT: {
                const fullPath = this.qualifiedName();
                this.expect(T.DOT);
                const value = this.identifier();
                return withSi({ _type: 'enumValue', fullPath, value });
            }
            default:
                this.unexpected();
        }
    }
}
/** `#/my::Class/prop1/prop2('x')!name#`. */
function parseNavigationPath(host, tok) {
    const ts = host.ts;
    const src = host.src;
    const start = ts.starts[tok] + 1;
    const end = ts.ends[tok] - 1;
    const inner = new ParserBase(src, tokenize(src, start, end, ts.lines[tok], ts.cols[tok] + 1), host.opts);
    inner.expect(T.DIVIDE);
    const typeStart = inner.pos;
    inner.qualifiedName();
    const startType = inner.rawText(typeStart, inner.last);
    const path = [];
    while (inner.k() === T.DIVIDE) {
        const from = inner.next();
        const property = inner.text(inner.expect(T.IDENT));
        const parameters = [];
        if (inner.accept(T.PAREN_OPEN)) {
            while (inner.k() !== T.PAREN_CLOSE && !inner.atEnd()) {
                const t = inner.next();
                const kind = inner.kindAt(t);
                const text = inner.text(t);
                if (kind === T.STRING)
                    parameters.push({ _type: 'string', value: (0,strings/* fromGrammarString */.Jh)(text, true) });
                else if (kind === T.INTEGER)
                    parameters.push({ _type: 'integer', value: Number.parseInt(text, 10) });
                else if (kind === T.FLOAT)
                    parameters.push({ _type: 'float', value: Number.parseFloat(text) });
                else if (kind === T.BOOLEAN)
                    parameters.push({ _type: 'boolean', value: text === 'true' });
                else if (kind === T.LATEST_DATE)
                    parameters.push({ _type: 'latestDate', multiplicity: { lowerBound: 1, upperBound: 1 } });
                else if (kind !== T.COMMA)
                    inner.errorAt(`Unsupported scalar expression for property path: ${text}`, t);
            }
            inner.expect(T.PAREN_CLOSE);
        }
        const el = { _type: 'propertyPath', property, parameters };
        const si = inner.si(from, inner.last);
        if (si)
            el.sourceInformation = si;
        path.push(el);
    }
    let name;
    if (inner.accept(T.NOT))
        name = inner.text(inner.expect(T.IDENT));
    if (!inner.atEnd())
        inner.unexpected();
    const value = { startType, path };
    if (name !== undefined)
        value.name = name;
    const si = inner.si(0, inner.last);
    if (si)
        value.sourceInformation = si;
    const ci = { _type: 'classInstance', type: 'path', value };
    if (si)
        ci.sourceInformation = si;
    return ci;
}

;// CONCATENATED MODULE: ./src/pure/grammar/expressionParser.ts




const ZERO_ONE = { lowerBound: 0, upperBound: 1 };
function isRelational(op) {
    return op === 'lessThan' || op === 'lessThanEqual' || op === 'greaterThan' || op === 'greaterThanEqual';
}
function isAdditive(op) {
    return op === 'plus' || op === 'minus';
}
function isProduct(op) {
    return op === 'times' || op === 'star' || op === 'divide';
}
function isStrictlyLowerPrecedence(op1, op2) {
    return (isRelational(op1) && (isAdditive(op2) || isProduct(op2))) || (isAdditive(op1) && isProduct(op2));
}
class ExpressionParser extends ParserBase {
    /** Set while parsing where Legend allows the deprecated `$src[...]` bracket access (relational mapping). */
    allowPropertyBracket = false;
    // ----------------------------------------------------------------------------------------------- node helpers
    func(fn, parameters, si) {
        const f = { _type: 'func', function: fn, parameters };
        if (si)
            f.sourceInformation = si;
        return f;
    }
    collection(values, si) {
        const c = { _type: 'collection', multiplicity: { lowerBound: values.length, upperBound: values.length }, values };
        if (si)
            c.sourceInformation = si;
        return c;
    }
    /** A string literal value from a STRING token (`toCString`). */
    cstring(tok) {
        const raw = this.text(tok);
        const c = { _type: 'string', value: (0,strings/* fromGrammarString */.Jh)(raw, true) };
        if ((0,strings/* isTextBlock */.zS)(raw))
            c.multiLine = true;
        return this.withSi(c, this.si(tok, tok));
    }
    // ----------------------------------------------------------------------------------------------- types
    multiplicity() {
        this.expect(T.BRACKET_OPEN);
        const m = this.multiplicityArgument();
        this.expect(T.BRACKET_CLOSE);
        return m;
    }
    /** `n`, `a..b`, `*`, `a..*`. */
    multiplicityArgument() {
        const k = this.k();
        if (k === T.STAR) {
            this.pos++;
            return { lowerBound: 0 };
        }
        if (k === T.INTEGER) {
            const from = this.pos++;
            if (this.accept(T.DOT_DOT)) {
                const lower = this.int(from);
                if (this.accept(T.STAR))
                    return { lowerBound: lower };
                const to = this.expect(T.INTEGER);
                return { lowerBound: lower, upperBound: this.int(to) };
            }
            const v = this.int(from);
            return { lowerBound: v, upperBound: v };
        }
        if (this.isIdentifier())
            this.errorAt('Multiplicity parameters are not supported in Legend Engine', this.pos);
        this.unexpected([T.INTEGER, T.STAR]);
    }
    int(tok) {
        const v = Number.parseInt(this.text(tok), 10);
        if (!Number.isSafeInteger(v))
            this.errorAt(`For input string: "${this.text(tok)}"`, tok);
        return v;
    }
    /** True when the cursor is on something that starts a `type`. */
    isTypeStart(ahead = 0) {
        const k = this.k(ahead);
        return k === T.IDENT || k === T.STRING || k === T.PAREN_OPEN || k === T.BRACE_OPEN;
    }
    /** `type` → GenericType (Legend's processGenericType). */
    genericType() {
        const start = this.pos;
        const k = this.k();
        if (k === T.PAREN_OPEN) {
            const rawType = this.relationType();
            return { rawType, typeArguments: [], multiplicityArguments: [], typeVariableValues: [] };
        }
        if (k === T.BRACE_OPEN) {
            // function types `{A[1]->B[1]}`: parsed, then rejected as the engine does
            let depth = 0;
            do {
                if (this.k() === T.BRACE_OPEN)
                    depth++;
                else if (this.k() === T.BRACE_CLOSE)
                    depth--;
                else if (this.k() === T.EOF)
                    this.unexpected([T.BRACE_CLOSE]);
                this.pos++;
            } while (depth > 0);
            this.errorAt(`The type ${this.rawText(start, this.last)} is not supported yet`, start, this.last);
        }
        const nameStart = this.pos;
        this.qualifiedName();
        const nameEnd = this.last;
        let fullPath = this.rawText(nameStart, nameEnd);
        let typeArguments = [];
        let multiplicityArguments = [];
        let typeVariableValues = [];
        if (this.k() === T.TILDE && this.isIdentifier(1)) {
            // a unit type `Mass~Kilogram`
            this.pos++;
            this.identifier();
            fullPath = this.rawText(nameStart, this.last);
        }
        else {
            ({ typeArguments, multiplicityArguments } = this.typeArguments());
            if (this.k() === T.PAREN_OPEN)
                typeVariableValues = this.typeVariableValues();
        }
        const rawType = this.withSi({ _type: 'packageableType', fullPath }, this.si(start, this.last));
        if (fullPath === 'Result' && typeArguments.length === 0) {
            // the engine's backward compatibility for `Result` without type arguments
            typeArguments = [this.simpleGenericType('meta::pure::metamodel::type::Any')];
            multiplicityArguments = [{ lowerBound: 1 }];
        }
        return { rawType, typeArguments, multiplicityArguments, typeVariableValues };
    }
    /** `<T, U | m, n>` after a type name, when present. */
    typeArguments() {
        const typeArguments = [];
        const multiplicityArguments = [];
        if (this.accept(T.LESS_THAN)) {
            if (this.k() !== T.PIPE && this.k() !== T.GREATER_THAN) {
                typeArguments.push(this.genericType());
                while (this.accept(T.COMMA))
                    typeArguments.push(this.genericType());
            }
            if (this.accept(T.PIPE)) {
                multiplicityArguments.push(this.multiplicityArgument());
                while (this.accept(T.COMMA))
                    multiplicityArguments.push(this.multiplicityArgument());
            }
            this.expect(T.GREATER_THAN);
        }
        return { typeArguments, multiplicityArguments };
    }
    simpleGenericType(fullPath) {
        return { rawType: { _type: 'packageableType', fullPath }, typeArguments: [], multiplicityArguments: [], typeVariableValues: [] };
    }
    /** `(col: Type[m], ...)`. */
    relationType() {
        this.expect(T.PAREN_OPEN);
        const columns = [];
        do {
            const start = this.pos;
            const name = this.identifier();
            this.expect(T.COLON);
            const genericType = this.genericType();
            const multiplicity = this.k() === T.BRACKET_OPEN ? this.multiplicity() : { ...ZERO_ONE };
            columns.push(this.withSi({ name, genericType, multiplicity }, this.si(start, this.last)));
        } while (this.accept(T.COMMA));
        this.expect(T.PAREN_CLOSE);
        return { _type: 'relationType', columns };
    }
    /** `(200)`, `(10, 2)`: literal type arguments such as `Varchar(200)`. */
    typeVariableValues() {
        this.expect(T.PAREN_OPEN);
        const values = this.commaSeparated(T.PAREN_CLOSE, () => this.instanceLiteral());
        this.expect(T.PAREN_CLOSE);
        return values;
    }
    // ----------------------------------------------------------------------------------------------- annotations
    isStereotypesStart() {
        return this.k() === T.LESS_THAN && this.k(1) === T.LESS_THAN;
    }
    /** `<<profile.stereotype, ...>>`. */
    stereotypes() {
        this.expect(T.LESS_THAN);
        this.expect(T.LESS_THAN);
        const result = [];
        do {
            const start = this.pos;
            const profile = this.qualifiedName();
            const profileEnd = this.last;
            this.expect(T.DOT);
            const value = this.identifier();
            const s = { profile, value };
            if (this.opts.returnSourceInformation) {
                s.profileSourceInformation = this.si(start, profileEnd);
                s.sourceInformation = this.si(start, this.last);
            }
            result.push(s);
        } while (this.accept(T.COMMA));
        this.expect(T.GREATER_THAN);
        this.expect(T.GREATER_THAN);
        return result;
    }
    /** `{profile.tag = 'value', ...}`. */
    taggedValues() {
        this.expect(T.BRACE_OPEN);
        const result = [];
        do {
            const start = this.pos;
            const profile = this.qualifiedName();
            const profileEnd = this.last;
            this.expect(T.DOT);
            const tagTok = this.pos;
            const value = this.identifier();
            this.expect(T.EQUAL);
            const strTok = this.expect(T.STRING);
            const raw = this.text(strTok);
            const tv = {
                tag: { profile, value },
                value: (0,strings/* isTextBlock */.zS)(raw) ? { _type: 'string', multiLine: true, value: (0,strings/* fromGrammarString */.Jh)(raw, true) } : (0,strings/* fromGrammarString */.Jh)(raw, true),
            };
            if (this.opts.returnSourceInformation) {
                tv.tag.profileSourceInformation = this.si(start, profileEnd);
                tv.tag.sourceInformation = this.si(tagTok, tagTok);
                tv.sourceInformation = this.si(start, this.last);
            }
            result.push(tv);
        } while (this.accept(T.COMMA));
        this.expect(T.BRACE_CLOSE);
        return result;
    }
    // ----------------------------------------------------------------------------------------------- code blocks
    /**
     * Set while parsing an expression the enclosing grammar terminates with its own `;` (`query: |...;`): a
     * lambda body then leaves a final `;` to it, as the engine's full-context prediction does.
     */
    semicolonTerminated = false;
    /** `programLine (';' (programLine ';')*)?` */
    codeBlock() {
        const lines = [this.programLine()];
        if (this.k() === T.SEMI_COLON) {
            if (this.semicolonTerminated) {
                this.pos++;
                const more = this.canStartProgramLine();
                this.pos--;
                if (!more)
                    return lines;
            }
            this.pos++;
            while (this.canStartProgramLine()) {
                lines.push(this.programLine());
                this.expect(T.SEMI_COLON);
            }
        }
        return lines;
    }
    /** A combined expression the enclosing grammar ends with `;`. */
    semicolonTerminatedExpression() {
        const saved = this.semicolonTerminated;
        this.semicolonTerminated = true;
        try {
            return this.combinedExpression();
        }
        finally {
            this.semicolonTerminated = saved;
        }
    }
    programLine() {
        if (this.isWord('let') && this.isIdentifier(1) && this.k(2) === T.EQUAL)
            return this.letExpression();
        return this.combinedExpression();
    }
    letExpression() {
        const start = this.next();
        const name = this.identifier();
        this.expect(T.EQUAL);
        const value = this.combinedExpression();
        const si = this.si(start, this.last);
        // the engine gives the assigned expression the position of the whole let statement
        if (si)
            value.sourceInformation = si;
        else
            delete value.sourceInformation;
        return this.func('letFunction', [{ _type: 'string', value: name }, value], si);
    }
    /** Whether the cursor can start another line of a code block (the engine decides with full lookahead). */
    canStartProgramLine() {
        switch (this.k()) {
            case T.PAREN_OPEN:
            case T.NOT:
            case T.MINUS:
            case T.PLUS:
            case T.BRACKET_OPEN:
            case T.STRING:
            case T.INTEGER:
            case T.FLOAT:
            case T.DECIMAL:
            case T.DATE:
            case T.STRICT_TIME:
            case T.BOOLEAN:
            case T.NEW_SYMBOL:
            case T.DOLLAR:
            case T.TILDE:
            case T.AT:
            case T.PIPE:
            case T.BRACE_OPEN:
            case T.ISLAND:
            case T.NAV_PATH:
                return true;
            case T.IDENT:
                // `name: Type[m]|...` is a typed lambda; `name: ...` otherwise belongs to the enclosing grammar
                if (this.k(1) === T.COLON)
                    return this.looksLikeTypedLambdaParam(this.pos);
                return true;
            default:
                return false;
        }
    }
    /** `ident : type multiplicity (',' ...)* '|'` starting at token `i`. */
    looksLikeTypedLambdaParam(i) {
        let p = i;
        for (;;) {
            const k0 = this.kindAt(p);
            if (k0 !== T.IDENT && k0 !== T.STRING)
                return false;
            if (this.kindAt(p + 1) !== T.COLON)
                return false;
            p = this.skipType(p + 2);
            if (p < 0 || this.kindAt(p) !== T.BRACKET_OPEN)
                return false;
            while (this.kindAt(p) !== T.BRACKET_CLOSE) {
                if (this.kindAt(p) === T.EOF)
                    return false;
                p++;
            }
            p++;
            if (this.kindAt(p) === T.PIPE)
                return true;
            if (this.kindAt(p) !== T.COMMA)
                return false;
            p++;
        }
    }
    /** Skips a type starting at token `i`; returns the index after it, or -1. */
    skipType(i) {
        let p = i;
        const k0 = this.kindAt(p);
        if (k0 === T.PAREN_OPEN || k0 === T.BRACE_OPEN)
            return this.skipGroup(p);
        if (k0 !== T.IDENT && k0 !== T.STRING)
            return -1;
        p++;
        while (this.kindAt(p) === T.PATH_SEPARATOR && (this.kindAt(p + 1) === T.IDENT || this.kindAt(p + 1) === T.STRING))
            p += 2;
        if (this.kindAt(p) === T.LESS_THAN) {
            let depth = 0;
            do {
                const k = this.kindAt(p);
                if (k === T.LESS_THAN)
                    depth++;
                else if (k === T.GREATER_THAN)
                    depth--;
                else if (k === T.EOF)
                    return -1;
                p++;
            } while (depth > 0);
        }
        if (this.kindAt(p) === T.PAREN_OPEN)
            p = this.skipGroup(p);
        return p;
    }
    // ----------------------------------------------------------------------------------------------- expressions
    /** `combinedExpression: expression expressionPart*`. */
    combinedExpression() {
        const first = this.expression();
        let parts;
        for (;;) {
            const k = this.k();
            if (k === T.AND || k === T.OR) {
                const opTok = this.next();
                const operand = this.expression();
                (parts ??= []).push({ bool: { op: k === T.AND ? 'and' : 'or', operand, si: this.si(opTok, opTok) } });
                continue;
            }
            const arith = this.arithmeticPart();
            if (!arith)
                break;
            (parts ??= []).push({ arith });
        }
        return parts ? this.fold(first, parts) : first;
    }
    /** One `arithmeticPart`, or undefined when the cursor is not on an arithmetic or comparison operator. */
    arithmeticPart() {
        const k = this.k();
        let op;
        switch (k) {
            case T.PLUS:
                op = 'plus';
                break;
            case T.STAR:
                op = 'times';
                break;
            case T.MINUS:
                op = 'minus';
                break;
            case T.DIVIDE:
                op = 'divide';
                break;
            case T.LESS_THAN:
                op = 'lessThan';
                break;
            case T.LESS_OR_EQUAL:
                op = 'lessThanEqual';
                break;
            case T.GREATER_THAN:
                op = 'greaterThan';
                break;
            case T.GREATER_OR_EQUAL:
                op = 'greaterThanEqual';
                break;
            default:
                return undefined;
        }
        const start = this.next();
        const operands = [this.expression()];
        if (!isRelational(op)) {
            while (this.k() === k) {
                this.pos++;
                operands.push(this.expression());
            }
        }
        return { op, operands, si: this.si(start, this.last) };
    }
    /** Folds boolean and arithmetic runs in source order, as the engine's combinedExpression does. */
    fold(first, parts) {
        let boolResult = first;
        let arithResult = first;
        let arth = [];
        let bool = [];
        for (const part of parts) {
            if ('arith' in part) {
                if (bool.length > 0) {
                    boolResult = this.booleanRun(bool, arithResult);
                    bool = [];
                }
                arth.push(part.arith);
            }
            else {
                if (arth.length > 0) {
                    arithResult = this.arithmeticRun(arth, boolResult);
                    arth = [];
                }
                bool.push(part.bool);
            }
        }
        if (arth.length > 0)
            return this.arithmeticRun(arth, boolResult);
        if (bool.length > 0)
            return this.booleanRun(bool, arithResult);
        return first;
    }
    booleanRun(parts, input) {
        let af;
        for (const p of parts) {
            if (!af)
                af = this.func(p.op, [input, p.operand], p.si);
            else if (af.function === 'or' && p.op === 'and') {
                const params = af.parameters;
                const newAf = this.func(p.op, [params[params.length - 1], p.operand], p.si);
                af.parameters = [params[0], newAf];
            }
            else
                af = this.func(p.op, [af, p.operand], p.si);
        }
        return af;
    }
    arithmeticRun(parts, result) {
        let af;
        for (const p of parts) {
            if (isRelational(p.op)) {
                af = this.func(p.op, [af ?? result, p.operands[0]], p.si);
                continue;
            }
            const build = (initial) => this.buildArithmetic(p, initial);
            if (!af)
                af = build(result);
            else if (isStrictlyLowerPrecedence(af.function, p.op)) {
                const params = af.parameters;
                if (af.function === 'divide' || isRelational(af.function)) {
                    af.parameters = [params[0], build(params[params.length - 1])];
                }
                else {
                    const values = params[0].values;
                    const kept = values.slice(0, values.length - 1);
                    kept.push(build(values[values.length - 1]));
                    af.parameters = [this.collection(kept, p.si)];
                }
            }
            else
                af = build(af);
        }
        return af;
    }
    buildArithmetic(p, initial) {
        if (p.op === 'divide') {
            let acc = initial;
            let af;
            for (const other of p.operands) {
                af = this.func('divide', [acc, other], p.si);
                acc = af;
            }
            return af;
        }
        return this.func(p.op, [this.collection([initial, ...p.operands], p.si)], p.si);
    }
    /** `expression: nonArrowOrEqualExpression (propertyOrFunctionExpression)* equalNotEqual?`. */
    expression() {
        let result = this.nonArrowOrEqual();
        for (;;) {
            const k = this.k();
            if (k === T.DOT) {
                result = this.propertyExpression(result);
            }
            else if (k === T.ARROW) {
                this.pos++;
                const nameStart = this.pos;
                const fn = this.qualifiedName();
                const si = this.si(nameStart, this.last);
                const params = this.functionParameters();
                params.unshift(result);
                result = this.func(fn, params, si);
            }
            else if (k === T.BRACKET_OPEN && (this.k(1) === T.STRING || this.k(1) === T.INTEGER) && this.k(2) === T.BRACKET_CLOSE) {
                result = this.propertyBracket(result);
            }
            else
                break;
        }
        const k = this.k();
        if (k === T.TEST_EQUAL || k === T.TEST_NOT_EQUAL) {
            const opTok = this.next();
            let other = this.expression();
            const arth = [];
            for (let part = this.arithmeticPart(); part; part = this.arithmeticPart())
                arth.push(part);
            if (arth.length > 0)
                other = this.arithmeticRun(arth, other);
            const si = this.si(opTok, opTok);
            const eq = this.func('equal', [result, other], si);
            result = k === T.TEST_EQUAL ? eq : this.func('not', [eq], si);
        }
        return result;
    }
    /** `$src['col']`: deprecated bracket access, accepted only where the engine allows it. */
    propertyBracket(owner) {
        const start = this.next();
        if (!this.allowPropertyBracket)
            this.errorAt('Bracket operation is not supported', start, start + 2);
        const valTok = this.next();
        this.next();
        const si = this.si(start, start + 2);
        const arg = this.kindAt(valTok) === T.STRING
            ? this.withSi({ ...this.cstring(valTok) }, si)
            : this.withSi({ _type: 'integer', value: this.int(valTok) }, si);
        return this.withSi({ _type: 'property', property: 'oneString', parameters: [owner, arg] }, si);
    }
    /** `.name`, `.name(args)`, `.name(%latest)`. */
    propertyExpression(owner) {
        this.expect(T.DOT);
        const nameTok = this.pos;
        const property = this.identifier();
        const parameters = [owner];
        if (this.k() === T.PAREN_OPEN) {
            if (this.k(1) === T.LATEST_DATE) {
                this.pos++;
                do {
                    this.expect(T.LATEST_DATE);
                    parameters.push({ _type: 'latestDate', multiplicity: { lowerBound: 1, upperBound: 1 } });
                } while (this.accept(T.COMMA));
                this.expect(T.PAREN_CLOSE);
            }
            else {
                parameters.push(...this.functionParameters());
            }
        }
        return this.withSi({ _type: 'property', property, parameters }, this.si(nameTok, nameTok));
    }
    /** `'(' (combinedExpression (',' combinedExpression)*)? ')'`. */
    functionParameters() {
        this.expect(T.PAREN_OPEN);
        const params = this.commaSeparated(T.PAREN_CLOSE, () => this.combinedExpression());
        this.expect(T.PAREN_CLOSE);
        return params;
    }
    nonArrowOrEqual() {
        const start = this.pos;
        switch (this.k()) {
            case T.PAREN_OPEN: {
                this.pos++;
                const inner = this.combinedExpression();
                this.expect(T.PAREN_CLOSE);
                return inner;
            }
            case T.NOT: {
                this.pos++;
                const negated = this.expression();
                return this.func('not', [negated], this.si(start, this.last));
            }
            case T.MINUS:
            case T.PLUS: {
                const sign = this.k() === T.MINUS ? 'minus' : 'plus';
                this.pos++;
                const operand = this.expression();
                return this.func(sign, [operand], this.si(start, start));
            }
            case T.BRACKET_OPEN: {
                this.pos++;
                const values = this.commaSeparated(T.BRACKET_CLOSE, () => this.expression());
                this.expect(T.BRACKET_CLOSE);
                return this.collection(values, this.si(start, this.last));
            }
            default:
                return this.atomicExpression();
        }
    }
    atomicExpression() {
        const start = this.pos;
        const k = this.k();
        switch (k) {
            case T.STRING:
                // a quoted identifier followed by '|' or ':' is a lambda parameter
                if (this.k(1) === T.PIPE || (this.k(1) === T.COLON && this.looksLikeTypedLambdaParam(this.pos)))
                    return this.lambda();
                this.pos++;
                return this.cstring(start);
            case T.INTEGER:
            case T.FLOAT:
            case T.DECIMAL:
                if (this.k(1) === T.IDENT && this.isUnitInstance())
                    this.errorAt('Unit instance not supported', start);
                return this.instanceLiteralToken();
            case T.DATE:
            case T.STRICT_TIME:
            case T.BOOLEAN:
                return this.instanceLiteralToken();
            case T.ISLAND:
            case T.NAV_PATH:
                this.pos++;
                return parseIsland(this, start);
            case T.NEW_SYMBOL:
                return this.newInstance();
            case T.DOLLAR:
                return this.variable();
            case T.TILDE:
                return this.columnBuilders();
            case T.AT: {
                this.pos++;
                const genericType = this.genericType();
                const g = { _type: 'genericTypeInstance', genericType };
                return this.withSi(g, this.si(start, this.last));
            }
            case T.PIPE:
            case T.BRACE_OPEN:
                return this.lambda();
            case T.IDENT:
                if (this.k(1) === T.PIPE || (this.k(1) === T.COLON && this.looksLikeTypedLambdaParam(this.pos)))
                    return this.lambda();
                return this.instanceReference();
            case T.PATH_SEPARATOR: {
                // `::.all()`: reported over the whole call, as the engine does
                let end = start;
                if (this.kindAt(start + 1) === T.DOT && this.kindAt(start + 3) === T.PAREN_OPEN) {
                    const after = this.skipGroup(start + 3);
                    if (after > 0)
                        end = after - 1;
                }
                this.errorAt('Expected a non-empty function caller', start, end);
                break;
            }
            default:
                break;
        }
        this.unexpected();
    }
    isUnitInstance() {
        let p = this.pos + 1;
        while (this.kindAt(p) === T.IDENT && this.kindAt(p + 1) === T.PATH_SEPARATOR)
            p += 2;
        return this.kindAt(p) === T.IDENT && this.kindAt(p + 1) === T.TILDE;
    }
    /** STRING | INTEGER | FLOAT | DECIMAL | DATE | BOOLEAN | STRICTTIME. */
    instanceLiteralToken() {
        const tok = this.pos;
        const k = this.k();
        const si = this.si(tok, tok);
        const text = this.text(tok);
        switch (k) {
            case T.STRING:
                this.pos++;
                return this.cstring(tok);
            case T.INTEGER:
                this.pos++;
                return this.withSi({ _type: 'integer', value: this.int(tok) }, si);
            case T.FLOAT:
                this.pos++;
                return this.withSi({ _type: 'float', value: Number.parseFloat(text) }, si);
            case T.DECIMAL:
                this.pos++;
                return this.withSi({ _type: 'decimal', value: Number.parseFloat(text.slice(0, -1)) }, si);
            case T.BOOLEAN:
                this.pos++;
                return this.withSi({ _type: 'boolean', value: text === 'true' }, si);
            case T.DATE:
                this.pos++;
                return this.dateLiteral(tok);
            case T.STRICT_TIME:
                this.pos++;
                return this.withSi({ _type: 'strictTime', value: text.slice(text.lastIndexOf('%') + 1) }, si);
            default:
                this.unexpected();
        }
    }
    /** `primitiveValue`: a literal, signed number, enum value `a::E.V`, or a `[...]` list of those. */
    primitiveValue() {
        const start = this.pos;
        if (this.k() === T.BRACKET_OPEN) {
            this.pos++;
            const values = this.commaSeparated(T.BRACKET_CLOSE, () => this.primitiveValueAtomic());
            this.expect(T.BRACKET_CLOSE);
            return this.collection(values, this.si(start, this.last));
        }
        return this.primitiveValueAtomic();
    }
    primitiveValueAtomic() {
        const start = this.pos;
        if (this.isWord('toBytes') && this.k(1) === T.PAREN_OPEN) {
            this.pos += 2;
            const s = (0,strings/* fromGrammarString */.Jh)(this.text(this.expect(T.STRING)), true);
            this.expect(T.PAREN_CLOSE);
            const bytes = Array.from(new TextEncoder().encode(s));
            return this.withSi({ _type: 'byteArray', value: bytes }, this.si(start, this.last));
        }
        if (this.k() === T.IDENT) {
            const fullPath = this.qualifiedName();
            this.expect(T.DOT);
            const value = this.identifier();
            return this.withSi({ _type: 'enumValue', fullPath, value }, this.si(start, this.last));
        }
        return this.instanceLiteral();
    }
    /** `instanceLiteral`: a literal token, or a signed number (`-1`, `+2.5`). */
    instanceLiteral() {
        const k = this.k();
        if ((k === T.MINUS || k === T.PLUS) && (this.k(1) === T.INTEGER || this.k(1) === T.FLOAT || this.k(1) === T.DECIMAL)) {
            const start = this.next();
            const numTok = this.next();
            const text = this.text(start) + this.text(numTok);
            const si = this.si(start, numTok);
            const nk = this.kindAt(numTok);
            if (nk === T.INTEGER) {
                const v = Number.parseInt(text, 10);
                if (!Number.isSafeInteger(v))
                    this.errorAt(`For input string: "${text}"`, start, numTok);
                return this.withSi({ _type: 'integer', value: v }, si);
            }
            if (nk === T.FLOAT)
                return this.withSi({ _type: 'float', value: Number.parseFloat(text) }, si);
            // a signed Decimal literal is not accepted by the engine
            this.errorAt('Signed Decimal literals are not supported here', start, numTok);
        }
        return this.instanceLiteralToken();
    }
    /** `%2020-01-02` (StrictDate), `%2020`, `%2020-01`, `%2020-01-02T10:00` (DateTime), as the engine classifies them. */
    dateLiteral(tok) {
        const text = this.text(tok);
        const si = this.si(tok, tok);
        const body = text.slice(1);
        const afterYear = body.startsWith('-') ? body.indexOf('-', 1) : body.indexOf('-');
        if (afterYear < 0)
            return this.withSi({ _type: 'dateTime', value: text.slice(text.lastIndexOf('%') + 1) }, si);
        const afterMonth = body.indexOf('-', afterYear + 1);
        // year-month keeps the '%' in its value, as the engine does
        if (afterMonth < 0)
            return this.withSi({ _type: 'dateTime', value: text }, si);
        if (body.indexOf('T', afterMonth) < 0)
            return this.withSi({ _type: 'strictDate', value: text.slice(text.lastIndexOf('%') + 1) }, si);
        return this.withSi({ _type: 'dateTime', value: text.slice(text.lastIndexOf('%') + 1) }, si);
    }
    variable() {
        const start = this.expect(T.DOLLAR);
        const name = this.identifier();
        const v = { _type: 'var', name };
        return this.withSi(v, this.si(start, this.last));
    }
    /** A lambda: `|body`, `x|body`, `x: T[1]|body`, `{x, y|body}`. */
    lambda() {
        const params = [];
        if (this.k() === T.BRACE_OPEN) {
            this.pos++;
            if (this.k() !== T.PIPE) {
                params.push(this.lambdaParam());
                while (this.accept(T.COMMA))
                    params.push(this.lambdaParam());
            }
            const l = this.lambdaPipe(params);
            this.expect(T.BRACE_CLOSE);
            return l;
        }
        if (this.k() !== T.PIPE)
            params.push(this.lambdaParam());
        return this.lambdaPipe(params);
    }
    lambdaParam() {
        const start = this.pos;
        const name = this.identifier();
        const v = { _type: 'var', name };
        if (this.accept(T.COLON)) {
            v.genericType = this.genericType();
            v.multiplicity = this.multiplicity();
            this.withSi(v, this.si(start, this.last));
        }
        return v;
    }
    lambdaPipe(parameters) {
        const start = this.expect(T.PIPE);
        const body = this.codeBlock();
        return this.withSi({ _type: 'lambda', body, parameters }, this.si(start, this.last));
    }
    /** `a::b::C`, `C.all()`, `C.all(%latest)`, `f(args)`, `Mass~Kilogram`. */
    instanceReference() {
        const start = this.pos;
        const fullPath = this.qualifiedName();
        const nameEnd = this.last;
        if (this.k() === T.TILDE && this.isIdentifier(1)) {
            this.pos++;
            const unit = this.identifier();
            return this.withSi({ _type: 'unitType', fullPath: `${fullPath}~${unit}` }, this.si(start, this.last));
        }
        const ptr = this.withSi({ _type: 'packageableElementPtr', fullPath }, this.si(start, nameEnd));
        if (this.k() === T.PAREN_OPEN) {
            const params = this.functionParameters();
            return this.func(fullPath, params, this.si(start, nameEnd));
        }
        if (this.k() === T.DOT && this.k(2) === T.PAREN_OPEN) {
            const allStart = this.pos;
            if (this.isWord('all', 1)) {
                this.pos += 3;
                const params = [ptr];
                if (this.k() !== T.PAREN_CLOSE) {
                    params.push(this.milestoningArgument());
                    if (this.accept(T.COMMA))
                        params.push(this.milestoningArgument());
                }
                this.expect(T.PAREN_CLOSE);
                return this.func('getAll', params, this.si(allStart, this.last));
            }
            if (this.isWord('allVersions', 1) && this.k(3) === T.PAREN_CLOSE) {
                this.pos += 4;
                return this.func('getAllVersions', [ptr], this.si(allStart, this.last));
            }
            if (this.isWord('allVersionsInRange', 1)) {
                const end = this.skipGroup(this.pos + 2) - 1;
                this.errorAt(`${this.rawText(this.pos, end)} is not supported`, this.pos, end);
            }
        }
        return ptr;
    }
    /** `%latest`, a date or a variable, as an argument of `.all(...)`. */
    milestoningArgument() {
        const k = this.k();
        if (k === T.DOLLAR)
            return this.variable();
        if (k === T.DATE)
            return this.dateLiteral(this.next());
        if (k === T.LATEST_DATE) {
            const t = this.next();
            return this.withSi({ _type: 'latestDate', multiplicity: { lowerBound: 1, upperBound: 1 } }, this.si(t, t));
        }
        this.unexpected([T.LATEST_DATE, T.DATE, T.DOLLAR]);
    }
    /** `^Type(key = value, ...)` → `new(...)` (or the engine's special forms for Pair, TdsOlapRank, BasicColumnSpecification). */
    newInstance() {
        this.expect(T.NEW_SYMBOL);
        if (this.k() === T.DOLLAR)
            this.errorAt('An exception of type \'NullPointerException\' occurred, please notify developer', this.pos);
        const typeName = this.qualifiedName();
        const { typeArguments, multiplicityArguments } = this.typeArguments();
        let typeVariableValues = [];
        if (this.isIdentifier())
            this.identifier();
        if (this.k() === T.PAREN_OPEN) {
            const after = this.skipGroup(this.pos);
            if (this.kindAt(after) === T.PAREN_OPEN)
                typeVariableValues = this.typeVariableValues();
        }
        this.expect(T.PAREN_OPEN);
        const keyExpressions = this.commaSeparated(T.PAREN_CLOSE, () => this.keyExpression());
        this.expect(T.PAREN_CLOSE);
        const find = (key) => keyExpressions.find((k) => k.key.value === key)?.expression;
        if (typeName === 'Pair' || typeName === 'meta::pure::functions::collection::Pair') {
            return this.func('meta::pure::functions::collection::pair', [find('first'), find('second')].filter((v) => v !== undefined));
        }
        if (typeName === 'TdsOlapRank' || typeName === 'meta::pure::tds::TdsOlapRank') {
            return this.func('meta::pure::tds::func', [find('func')].filter((v) => v !== undefined));
        }
        if (typeName === 'BasicColumnSpecification' || typeName === 'meta::pure::tds::BasicColumnSpecification') {
            return this.func('meta::pure::tds::col', [find('func'), find('name'), find('documentation')].filter((v) => v !== undefined));
        }
        const classType = {
            rawType: { _type: 'packageableType', fullPath: 'meta::pure::metamodel::type::Class' },
            typeArguments: [{ rawType: { _type: 'packageableType', fullPath: typeName }, typeArguments, multiplicityArguments, typeVariableValues }],
            multiplicityArguments: [],
            typeVariableValues: [],
        };
        return this.func('new', [
            { _type: 'genericTypeInstance', genericType: classType },
            { _type: 'string', value: '' },
            this.collection(keyExpressions),
        ]);
    }
    /** `name (. name)* +? = value`: the engine keeps only the first expression of the value. */
    keyExpression() {
        const keyTok = this.pos;
        this.identifier();
        while (this.accept(T.DOT))
            this.identifier();
        this.accept(T.PLUS);
        this.expect(T.EQUAL);
        const value = this.expression();
        // the rest of the combined expression is parsed and, as in the engine, dropped
        for (;;) {
            if (this.k() === T.AND || this.k() === T.OR) {
                this.pos++;
                this.expression();
                continue;
            }
            if (!this.arithmeticPart())
                break;
        }
        return { _type: 'keyExpression', add: false, key: { _type: 'string', value: this.text(keyTok) }, expression: value };
    }
    /** `~name`, `~name: Type`, `~name: x|...`, `~[a, b: x|...]`. */
    columnBuilders() {
        this.expect(T.TILDE);
        if (this.k() === T.BRACKET_OPEN) {
            const start = this.next();
            const colSpecs = this.commaSeparated(T.BRACKET_CLOSE, () => this.oneColSpec());
            this.expect(T.BRACKET_CLOSE);
            const ci = { _type: 'classInstance', type: 'colSpecArray', value: { colSpecs } };
            return this.withSi(ci, this.si(start, this.last));
        }
        const colSpec = this.oneColSpec();
        const ci = { _type: 'classInstance', type: 'colSpec', value: colSpec };
        return this.withSi(ci, colSpec.sourceInformation);
    }
    oneColSpec() {
        const start = this.pos;
        const stereotypes = this.isStereotypesStart() ? this.stereotypes() : [];
        const taggedValues = this.k() === T.BRACE_OPEN ? this.taggedValues() : [];
        const name = this.identifier();
        const col = { name };
        if (this.accept(T.COLON)) {
            if (this.isLambdaStart()) {
                col.function1 = this.lambda();
                if (this.k() === T.COLON && (this.k(1) === T.PIPE || this.k(1) === T.BRACE_OPEN || this.isIdentifier(1))) {
                    this.pos++;
                    col.function2 = this.lambda();
                }
            }
            else {
                col.genericType = this.genericType();
                if (this.k() === T.BRACKET_OPEN)
                    col.multiplicity = this.multiplicity();
                if (this.k() === T.COLON) {
                    this.pos++;
                    col.function2 = this.lambda();
                }
            }
        }
        if (stereotypes.length > 0)
            col.stereotypes = stereotypes;
        if (taggedValues.length > 0)
            col.taggedValues = taggedValues;
        return this.withSi(col, this.si(start, this.last));
    }
    /** At a lambda: `|`, `{`, `x|`, `x: T[m]|`. */
    isLambdaStart() {
        const k = this.k();
        if (k === T.PIPE || k === T.BRACE_OPEN)
            return true;
        if (k === T.IDENT || k === T.STRING)
            return this.k(1) === T.PIPE || (this.k(1) === T.COLON && this.looksLikeTypedLambdaParam(this.pos));
        return false;
    }
}

// EXTERNAL MODULE: ./src/pure/grammar/functionSignature.ts
var functionSignature = __webpack_require__(3074);
;// CONCATENATED MODULE: ./src/pure/grammar/embeddedData.ts




/** Embedded data kinds Legend extensions define that this engine does not parse (reported as such). */
const LEGEND_EMBEDDED_DATA = new Set(['ServiceStore', 'Relation', 'MongoDB', 'Elasticsearch', 'DataQuality', 'Persistence']);
const CONTENT_TYPES = { JSON: 'application/json', XML: 'application/xml' };
/** `(JSON) '...'` → ExternalFormatData. */
function parseExternalFormatValue(p) {
    const start = p.expect(T.PAREN_OPEN);
    const type = p.identifier();
    p.expect(T.PAREN_CLOSE);
    const str = p.expect(T.STRING);
    const data = {
        _type: 'externalFormat',
        contentType: CONTENT_TYPES[type] ?? type,
        data: (0,strings/* fromGrammarString */.Jh)(p.text(str), true),
    };
    return p.withSi(data, p.si(start, p.last));
}
/** A parser over an island's content (between `#{` and `}#`). */
class IslandParser extends ExpressionParser {
    /** The island token's own position (for errors about the whole island). */
    islandSi;
}
/** Opens the ISLAND token at the cursor of `p` (consumed) and returns a parser over its content. */
function openIsland(p) {
    const tok = p.expect(T.ISLAND);
    const ts = p.ts;
    const start = ts.starts[tok];
    const brace = p.src.indexOf('{', start);
    const contentStart = brace + 1;
    const contentEnd = ts.ends[tok] - 2;
    const firstCol = ts.cols[tok] + (contentStart - start);
    const inner = new IslandParser(p.src, tokenize(p.src, contentStart, contentEnd, ts.lines[tok], firstCol), p.opts);
    inner.islandSi = p.siAlways(tok, tok);
    return inner;
}
/** `Type #{ ... }#` → EmbeddedData. */
function parseEmbeddedData(p) {
    const start = p.pos;
    const type = p.identifier();
    const typeTok = start;
    if (p.k() !== T.ISLAND)
        p.unexpected([T.ISLAND]);
    const inner = openIsland(p);
    const si = p.si(start, p.last);
    const siAlways = p.siAlways(start, p.last);
    switch (type) {
        case 'ExternalFormat':
            return externalFormat(inner, si, siAlways);
        case 'Reference':
            return reference(inner, si, siAlways);
        case 'ModelStore':
            return modelStore(inner, si);
        case 'Relational':
            return relationalCsv(inner, si);
        default:
            if (LEGEND_EMBEDDED_DATA.has(type)) {
                return p.errorAt(`Embedded data of type '${type}' is not supported by the embedded engine; configure a Legend engine URL`, typeTok);
            }
            return p.errorAt(`Unknown embedded data type: ${type}`, typeTok);
    }
}
function externalFormat(inner, si, siAlways) {
    let contentType;
    let data;
    let duplicate;
    while (!inner.atEnd()) {
        const field = inner.isWord('contentType') ? 'contentType' : inner.isWord('data') ? 'data' : undefined;
        if (!field)
            inner.unexpected([], ['contentType', 'data']);
        inner.pos++;
        inner.expect(T.COLON);
        const value = (0,strings/* fromGrammarString */.Jh)(inner.text(inner.expect(T.STRING)), true);
        inner.expect(T.SEMI_COLON);
        if (field === 'contentType') {
            if (contentType !== undefined)
                duplicate ??= field;
            contentType = value;
        }
        else {
            if (data !== undefined)
                duplicate ??= field;
            data = value;
        }
    }
    if (contentType === undefined)
        inner.error("Field 'contentType' is required", siAlways);
    if (data === undefined)
        inner.error("Field 'data' is required", siAlways);
    if (duplicate)
        inner.error(`Field '${duplicate}' should be specified only once`, siAlways);
    return inner.withSi({ _type: 'externalFormat', contentType, data }, si);
}
function reference(inner, si, siAlways) {
    if (inner.atEnd())
        inner.error('Path should be provided for DataElementReference', siAlways);
    const path = inner.qualifiedName();
    if (!inner.atEnd())
        inner.unexpected();
    return inner.withSi({ _type: 'reference', dataElement: inner.withSi({ type: 'DATA', path }, si) }, si);
}
function modelStore(inner, si) {
    const modelData = [];
    const seen = new Set();
    if (!inner.atEnd()) {
        do {
            const start = inner.pos;
            const model = inner.qualifiedName();
            inner.expect(T.COLON);
            let entry;
            if (inner.k() === T.BRACKET_OPEN) {
                inner.pos++;
                const instances = [];
                if (inner.k() !== T.BRACKET_CLOSE) {
                    do
                        instances.push(modelInstance(inner));
                    while (inner.accept(T.COMMA));
                }
                inner.expect(T.BRACKET_CLOSE);
                entry = { _type: 'modelInstanceData', model, instances: collection(instances) };
            }
            else {
                entry = { _type: 'modelEmbeddedData', model, data: parseEmbeddedData(inner) };
            }
            if (seen.has(model))
                inner.errorAt(`Multiple entries found for type: '${model}'`, start, inner.last);
            seen.add(model);
            modelData.push(inner.withSi(entry, inner.si(start, inner.last)));
        } while (inner.accept(T.COMMA));
    }
    if (!inner.atEnd())
        inner.unexpected([T.COMMA]);
    const data = { _type: 'modelStore', modelData };
    return inner.withSi(data, si);
}
function collection(values) {
    return { _type: 'collection', multiplicity: { lowerBound: values.length, upperBound: values.length }, values };
}
/** `^my::Class(prop = value, other = [v1, v2])` inside ModelStore data. */
function modelInstance(inner) {
    inner.expect(T.NEW_SYMBOL);
    const fullPath = inner.qualifiedName();
    inner.expect(T.PAREN_OPEN);
    const keys = [];
    if (inner.k() !== T.PAREN_CLOSE) {
        do {
            const property = inner.identifier();
            inner.expect(T.EQUAL);
            const values = [];
            if (inner.accept(T.BRACKET_OPEN)) {
                if (inner.k() !== T.BRACKET_CLOSE) {
                    do
                        values.push(modelValue(inner));
                    while (inner.accept(T.COMMA));
                }
                inner.expect(T.BRACKET_CLOSE);
            }
            else
                values.push(modelValue(inner));
            keys.push({ _type: 'keyExpression', add: false, key: { _type: 'string', value: property }, expression: collection(values) });
        } while (inner.accept(T.COMMA));
    }
    inner.expect(T.PAREN_CLOSE);
    return {
        _type: 'func',
        function: 'new',
        parameters: [{ _type: 'packageableElementPtr', fullPath }, { _type: 'string', value: 'dummy' }, collection(keys)],
    };
}
function modelValue(inner) {
    const k = inner.k();
    const tok = inner.pos;
    const text = inner.text(tok);
    switch (k) {
        case T.NEW_SYMBOL:
            return modelInstance(inner);
        case T.STRING:
            inner.pos++;
            return { _type: 'string', value: (0,strings/* fromGrammarString */.Jh)(text, true) };
        case T.INTEGER:
            inner.pos++;
            return { _type: 'integer', value: Number.parseInt(text, 10) };
        case T.FLOAT:
            inner.pos++;
            return { _type: 'float', value: Number.parseFloat(text) };
        case T.DECIMAL:
            inner.pos++;
            return { _type: 'decimal', value: Number.parseFloat(text.slice(0, -1)) };
        case T.BOOLEAN:
            inner.pos++;
            return { _type: 'boolean', value: text === 'true' };
        case T.DATE:
            inner.pos++;
            return text.includes('T') || text.split('-').length < 3
                ? { _type: 'dateTime', value: text.slice(1) }
                : { _type: 'strictDate', value: text.slice(1) };
        case T.STRICT_TIME:
            inner.pos++;
            return { _type: 'strictTime', value: text.slice(1) };
        case T.MINUS:
        case T.PLUS: {
            inner.pos++;
            const n = inner.next();
            const v = Number.parseFloat(text + inner.text(n));
            return inner.kindAt(n) === T.INTEGER ? { _type: 'integer', value: v } : { _type: 'float', value: v };
        }
        default: {
            const fullPath = inner.qualifiedName();
            inner.expect(T.DOT);
            return { _type: 'enumValue', fullPath, value: inner.identifier() };
        }
    }
}
/** `Relational #{ schema.table: 'csv' + 'csv'; ... }#`. */
function relationalCsv(inner, si) {
    const tables = [];
    // a `\;` in the text stays `\;` in the value (the engine escapes it before unescaping)
    const value = (tok) => (0,strings/* fromGrammarString */.Jh)(inner.text(tok).replace(/\\;/g, '\\\\;'), true);
    while (!inner.atEnd()) {
        const start = inner.pos;
        const schema = inner.identifier();
        inner.expect(T.DOT);
        const table = inner.identifier();
        inner.expect(T.COLON);
        let values = value(inner.expect(T.STRING));
        while (inner.accept(T.PLUS))
            values += value(inner.expect(T.STRING));
        inner.expect(T.SEMI_COLON);
        tables.push(inner.withSi({ schema, table, values }, inner.si(start, inner.last)));
    }
    return inner.withSi({ _type: 'relationalCSVData', tables }, si);
}
/** `a::b: Type #{...}#` (base) or `a::b` (reference) data resolver; the caller consumes the `;`. */
function parseDataResolver(p) {
    const start = p.pos;
    const path = p.qualifiedName();
    const pointer = p.withSi({ path }, p.si(start, p.last));
    if (p.accept(T.COLON)) {
        const data = parseEmbeddedData(p);
        return p.withSi({ _type: 'baseDataResolver', elementPointer: pointer, data }, p.si(start, p.last));
    }
    return p.withSi({ _type: 'referenceDataResolver', elementPointer: pointer }, p.si(start, p.last));
}
/** `EqualToJson #{ expected: ExternalFormat #{...}#; }#` / `EqualTo #{ expected: value; }#`. */
function parseTestAssertion(p) {
    const start = p.pos;
    const type = p.identifier();
    if (p.k() !== T.ISLAND)
        p.unexpected([T.ISLAND]);
    const inner = openIsland(p);
    const si = p.si(start, p.last);
    switch (type) {
        case 'EqualToJson': {
            inner.expectWord('expected');
            inner.expect(T.COLON);
            const expected = parseEmbeddedData(inner);
            inner.expect(T.SEMI_COLON);
            if (!inner.atEnd())
                inner.unexpected();
            if (expected._type !== 'externalFormat')
                return inner.error('EqualToJson expects ExternalFormat data', inner.islandSi);
            const a = { _type: 'equalToJson', id: '', expected };
            return p.withSi(a, si);
        }
        case 'EqualTo': {
            inner.expectWord('expected');
            inner.expect(T.COLON);
            const expected = inner.primitiveValue();
            inner.expect(T.SEMI_COLON);
            if (!inner.atEnd())
                inner.unexpected();
            const a = { _type: 'equalTo', id: '', expected };
            return p.withSi(a, si);
        }
        default:
            if (type === 'EqualToRelation' || type === 'Relation') {
                return p.errorAt(`Test assertions of type '${type}' are not supported by the embedded engine`, start);
            }
            return p.errorAt(`Unknown test assertion type: ${type}`, start);
    }
}

;// CONCATENATED MODULE: ./src/pure/grammar/domainParser.ts






const DOC_PROFILE = 'meta::pure::profiles::doc';
class DomainParser extends ExpressionParser {
    domainOptions = { constraintThisParameter: true };
    /** `definition: imports elementDefinition* EOF`. */
    parseSection() {
        const imports = this.imports();
        const elements = [];
        while (!this.atEnd())
            elements.push(this.element());
        return { elements, imports };
    }
    /** `import a::b::*;` statements at the start of a section: the imported packages. */
    imports() {
        const imports = [];
        while (this.isWord('import')) {
            this.pos++;
            let path = this.identifier();
            while (this.k() === T.PATH_SEPARATOR && this.isIdentifier(1)) {
                this.pos++;
                path += '::' + this.identifier();
            }
            this.expect(T.PATH_SEPARATOR);
            this.expect(T.STAR);
            this.expect(T.SEMI_COLON);
            imports.push(path);
        }
        return imports;
    }
    /** `[ item, item ]`. */
    list(item) {
        this.expect(T.BRACKET_OPEN);
        const items = this.commaSeparated(T.BRACKET_CLOSE, item);
        this.expect(T.BRACKET_CLOSE);
        return items;
    }
    element() {
        const start = this.pos;
        let doc;
        if (this.k() === T.STRING)
            doc = this.next();
        if (this.isWord('Class'))
            return this.classDefinition(start, doc);
        if (this.isWord('Association'))
            return this.association(start, doc);
        if (this.isWord('Enum'))
            return this.enumeration(start, doc);
        if (this.isWord('function'))
            return this.functionDefinition(start, doc);
        if (doc === undefined) {
            if (this.isWord('Profile'))
                return this.profile(start);
            if (this.isWord('Measure'))
                return this.measure(start);
            if (this.isWord('native') || this.k() === T.NEW_SYMBOL)
                this.errorAt('Unsupported syntax', start);
        }
        this.unexpected([], ['Class', 'Association', 'Enum', 'function', 'Profile', 'Measure']);
    }
    /** Tagged values with a leading `'''` documentation block folded in as a `doc.doc` value, as the engine does. */
    withDocumentation(doc, taggedValues) {
        if (doc === undefined)
            return taggedValues;
        const raw = this.text(doc);
        if (!(0,strings/* isTextBlock */.zS)(raw))
            this.errorAt("Documentation must be written as a multi-line ('''...''') literal", doc);
        const conflict = taggedValues.find((tv) => tv.tag.value === 'doc' && (tv.tag.profile === 'doc' || tv.tag.profile === DOC_PROFILE));
        if (conflict)
            this.error('Element has both documentation and an explicit doc.doc tagged value. Use one.', conflict.sourceInformation);
        const tv = {
            tag: { profile: DOC_PROFILE, value: 'doc' },
            value: { _type: 'string', multiLine: true, value: (0,strings/* canonicalizeDocumentation */.$X)(raw) },
        };
        if (this.opts.returnSourceInformation) {
            // a documentation block ends on its closing quotes, not at start column + length
            const ts = this.ts;
            const newLines = raw.split('\n').length - 1;
            const si = {
                sourceId: this.opts.sourceId,
                startLine: ts.lines[doc],
                startColumn: ts.cols[doc] + 1,
                endLine: ts.lines[doc] + newLines,
                endColumn: raw.length - raw.lastIndexOf('\n') - 1,
            };
            tv.tag.profileSourceInformation = si;
            tv.tag.sourceInformation = si;
            tv.sourceInformation = si;
        }
        return [tv, ...taggedValues];
    }
    annotations() {
        const stereotypes = this.isStereotypesStart() ? this.stereotypes() : [];
        const taggedValues = this.k() === T.BRACE_OPEN ? this.taggedValues() : [];
        return { stereotypes, taggedValues };
    }
    // ----------------------------------------------------------------------------------------------- class
    classDefinition(start, doc) {
        this.expectWord('Class');
        const { stereotypes, taggedValues } = this.annotations();
        const { package: pkg, name } = splitPath(this.qualifiedName());
        if (this.k() === T.LESS_THAN) {
            const from = this.pos;
            const to = this.skipAngles(this.pos) - 1;
            this.errorAt('Type and/or multiplicity parameters are not authorized in Legend Engine', from, to);
        }
        if (this.isWord('projects'))
            this.errorAt('Unsupported syntax', this.pos);
        const superTypes = [];
        if (this.acceptWord('extends')) {
            do {
                const tStart = this.pos;
                const path = this.qualifiedName();
                this.skipTypeRest();
                const p = { type: 'CLASS', path };
                superTypes.push(this.withSi(p, this.si(tStart, this.last)));
            } while (this.accept(T.COMMA));
        }
        const constraints = this.k() === T.BRACKET_OPEN ? this.constraints() : [];
        const { properties, qualifiedProperties } = this.propertiesBlock();
        const c = {
            _type: 'class',
            package: pkg,
            name,
            superTypes,
            originalMilestonedProperties: [],
            properties,
            qualifiedProperties,
            stereotypes,
            taggedValues: this.withDocumentation(doc, taggedValues),
            constraints,
        };
        return this.withSi(c, this.si(start, this.last));
    }
    /** Index after a `<...>` group starting at `i`. */
    skipAngles(i) {
        let depth = 0;
        let p = i;
        do {
            const k = this.kindAt(p);
            if (k === T.LESS_THAN)
                depth++;
            else if (k === T.GREATER_THAN)
                depth--;
            else if (k === T.EOF)
                return p;
            p++;
        } while (depth > 0);
        return p;
    }
    /** The rest of a `type` after its name (type arguments, type variable values), which super types ignore. */
    skipTypeRest() {
        if (this.k() === T.LESS_THAN)
            this.pos = this.skipAngles(this.pos);
        if (this.k() === T.PAREN_OPEN)
            this.pos = this.skipGroup(this.pos);
    }
    constraints() {
        this.expect(T.BRACKET_OPEN);
        const result = [];
        do
            result.push(this.constraint(result.length));
        while (this.accept(T.COMMA));
        this.expect(T.BRACKET_CLOSE);
        return result;
    }
    constraintLambda(body) {
        const parameters = this.domainOptions.constraintThisParameter
            ? [{ _type: 'var', name: 'this', multiplicity: { lowerBound: 1, upperBound: 1 } }]
            : [];
        return { _type: 'lambda', body: [body], parameters };
    }
    constraint(index) {
        const start = this.pos;
        // complex form: name ( ~owner: ... ~function: ... )
        if (this.isIdentifier() && this.k(1) === T.PAREN_OPEN && this.k(2) === T.TILDE) {
            const name = this.identifier();
            this.expect(T.PAREN_OPEN);
            const c = { name, functionDefinition: this.constraintLambda({ _type: 'string', value: '' }) };
            if (this.isConstraintKey('owner')) {
                this.pos += 3;
                c.owner = this.text(this.next());
            }
            if (this.isConstraintKey('externalId')) {
                this.pos += 3;
                c.externalId = (0,strings/* fromGrammarString */.Jh)(this.text(this.expect(T.STRING)), true);
            }
            if (!this.isConstraintKey('function'))
                this.unexpected([], ['~function']);
            this.pos += 3;
            c.functionDefinition = this.constraintLambda(this.combinedExpression());
            if (this.isConstraintKey('enforcementLevel')) {
                this.pos += 3;
                if (!this.isWord('Error') && !this.isWord('Warn'))
                    this.unexpected([], ['Error', 'Warn']);
                c.enforcementLevel = this.text(this.next());
            }
            if (this.isConstraintKey('message')) {
                this.pos += 3;
                c.messageFunction = this.constraintLambda(this.combinedExpression());
            }
            this.expect(T.PAREN_CLOSE);
            return this.withSi(c, this.si(start, this.last));
        }
        let name = String(index);
        if (this.isIdentifier() && this.k(1) === T.COLON) {
            name = this.identifier();
            this.pos++;
        }
        const body = this.combinedExpression();
        return this.withSi({ name, functionDefinition: this.constraintLambda(body) }, this.si(start, this.last));
    }
    isConstraintKey(key) {
        return this.k() === T.TILDE && this.isWord(key, 1) && this.k(2) === T.COLON;
    }
    /** `{ (property | qualifiedProperty)* }`. */
    propertiesBlock() {
        this.expect(T.BRACE_OPEN);
        const properties = [];
        const qualifiedProperties = [];
        while (this.k() !== T.BRACE_CLOSE) {
            if (this.atEnd())
                this.unexpected([T.BRACE_CLOSE]);
            this.propertyOrQualified(properties, qualifiedProperties);
        }
        this.expect(T.BRACE_CLOSE);
        return { properties, qualifiedProperties };
    }
    /** True when the STRING at the cursor is a documentation block rather than a quoted property name. */
    isDocumentationAhead() {
        if (this.k() !== T.STRING)
            return false;
        const k1 = this.k(1);
        if (k1 === T.COLON)
            return false;
        if (k1 === T.PAREN_OPEN) {
            return (this.isWord('composite', 2) || this.isWord('shared', 2) || this.isWord('none', 2)) && this.k(3) === T.PAREN_CLOSE;
        }
        return true;
    }
    propertyOrQualified(properties, qualifiedProperties) {
        const start = this.pos;
        const doc = this.isDocumentationAhead() ? this.next() : undefined;
        const { stereotypes, taggedValues } = this.annotations();
        let aggregation;
        if (this.k() === T.PAREN_OPEN) {
            this.pos++;
            if (this.isWord('composite'))
                aggregation = 'COMPOSITE';
            else if (this.isWord('shared'))
                aggregation = 'SHARED';
            else if (this.isWord('none'))
                aggregation = 'NONE';
            else
                this.unexpected([], ['composite', 'shared', 'none']);
            this.pos++;
            this.expect(T.PAREN_CLOSE);
        }
        const name = this.identifier();
        if (aggregation === undefined && this.k() === T.PAREN_OPEN) {
            qualifiedProperties.push(this.qualifiedProperty(start, doc, name, stereotypes, taggedValues));
            return;
        }
        this.expect(T.COLON);
        const genericType = this.genericType();
        const multiplicity = this.multiplicity();
        const p = { name, genericType, multiplicity, stereotypes, taggedValues: this.withDocumentation(doc, taggedValues) };
        if (this.accept(T.EQUAL)) {
            const dvStart = this.pos;
            const value = this.defaultValueExpression(true);
            p.defaultValue = this.withSi({ value }, this.si(dvStart, this.last));
        }
        this.expect(T.SEMI_COLON);
        if (aggregation !== undefined)
            p.aggregation = aggregation;
        properties.push(this.withSi(p, this.si(start, this.last)));
    }
    /** `instanceReference propertyExpression | ^new(...) | literal | [ ... ]`. */
    defaultValueExpression(allowArray) {
        const start = this.pos;
        const k = this.k();
        if (k === T.BRACKET_OPEN && allowArray) {
            this.pos++;
            const values = this.commaSeparated(T.BRACKET_CLOSE, () => this.defaultValueExpression(true));
            this.expect(T.BRACKET_CLOSE);
            return this.collection(values, this.si(start, this.last));
        }
        if (k === T.NEW_SYMBOL)
            return this.newInstance();
        if (k === T.STRING || k === T.INTEGER || k === T.FLOAT || k === T.DECIMAL || k === T.DATE || k === T.BOOLEAN || k === T.STRICT_TIME) {
            return this.instanceLiteralToken();
        }
        if (k === T.IDENT) {
            const ref = this.instanceReference();
            if (this.k() !== T.DOT)
                this.unexpected([T.DOT]);
            return this.propertyExpression(ref);
        }
        this.unexpected();
    }
    functionVariable() {
        const start = this.pos;
        const name = this.identifier();
        this.expect(T.COLON);
        const genericType = this.genericType();
        const multiplicity = this.multiplicity();
        return this.withSi({ _type: 'var', name, genericType, multiplicity }, this.si(start, this.last));
    }
    qualifiedProperty(start, doc, name, stereotypes, taggedValues) {
        this.expect(T.PAREN_OPEN);
        const parameters = this.commaSeparated(T.PAREN_CLOSE, () => this.functionVariable());
        this.expect(T.PAREN_CLOSE);
        this.expect(T.BRACE_OPEN);
        const body = this.codeBlock();
        this.expect(T.BRACE_CLOSE);
        this.expect(T.COLON);
        const returnGenericType = this.genericType();
        const returnMultiplicity = this.multiplicity();
        this.expect(T.SEMI_COLON);
        const q = {
            name,
            parameters,
            returnGenericType,
            returnMultiplicity,
            stereotypes,
            taggedValues: this.withDocumentation(doc, taggedValues),
            body,
        };
        return this.withSi(q, this.si(start, this.last));
    }
    // ----------------------------------------------------------------------------------------------- association
    association(start, doc) {
        this.expectWord('Association');
        const { stereotypes, taggedValues } = this.annotations();
        const { package: pkg, name } = splitPath(this.qualifiedName());
        if (this.isWord('projects'))
            this.errorAt('Unsupported syntax', this.pos);
        const { properties, qualifiedProperties } = this.propertiesBlock();
        const a = {
            _type: 'association',
            package: pkg,
            name,
            properties,
            originalMilestonedProperties: [],
            qualifiedProperties,
            stereotypes,
            taggedValues: this.withDocumentation(doc, taggedValues),
        };
        return this.withSi(a, this.si(start, this.last));
    }
    // ----------------------------------------------------------------------------------------------- enumeration
    enumeration(start, doc) {
        this.expectWord('Enum');
        const { stereotypes, taggedValues } = this.annotations();
        const { package: pkg, name } = splitPath(this.qualifiedName());
        this.expect(T.BRACE_OPEN);
        const values = [];
        if (this.k() !== T.BRACE_CLOSE) {
            do {
                const vStart = this.pos;
                const vDoc = this.k() === T.STRING && this.k(1) !== T.COMMA && this.k(1) !== T.BRACE_CLOSE ? this.next() : undefined;
                const ann = this.annotations();
                const value = this.identifier();
                const v = { value, stereotypes: ann.stereotypes, taggedValues: this.withDocumentation(vDoc, ann.taggedValues) };
                values.push(this.withSi(v, this.si(vStart, this.last)));
            } while (this.accept(T.COMMA));
        }
        this.expect(T.BRACE_CLOSE);
        const e = {
            _type: 'Enumeration',
            package: pkg,
            name,
            values,
            stereotypes,
            taggedValues: this.withDocumentation(doc, taggedValues),
        };
        return this.withSi(e, this.si(start, this.last));
    }
    // ----------------------------------------------------------------------------------------------- profile
    profile(start) {
        this.expectWord('Profile');
        const { package: pkg, name } = splitPath(this.qualifiedName());
        this.expect(T.BRACE_OPEN);
        let stereotypes;
        let tags;
        let duplicate;
        while (this.k() !== T.BRACE_CLOSE) {
            const which = this.isWord('stereotypes') ? 'stereotypes' : this.isWord('tags') ? 'tags' : undefined;
            if (!which)
                this.unexpected([T.BRACE_CLOSE], ['stereotypes', 'tags']);
            this.pos++;
            this.expect(T.COLON);
            this.expect(T.BRACKET_OPEN);
            const values = [];
            if (this.k() !== T.BRACKET_CLOSE) {
                do {
                    const tok = this.pos;
                    values.push(this.withSi({ value: this.identifier() }, this.si(tok, this.last)));
                } while (this.accept(T.COMMA));
            }
            this.expect(T.BRACKET_CLOSE);
            this.expect(T.SEMI_COLON);
            if (which === 'stereotypes') {
                if (stereotypes)
                    duplicate ??= 'stereotypes';
                stereotypes = values;
            }
            else {
                if (tags)
                    duplicate ??= 'tags';
                tags = values;
            }
        }
        this.expect(T.BRACE_CLOSE);
        const si = this.si(start, this.last);
        if (duplicate)
            this.error(`Field '${duplicate}' should be specified only once`, this.siAlways(start, this.last));
        const p = { _type: 'profile', package: pkg, name, stereotypes: stereotypes ?? [], tags: tags ?? [] };
        return this.withSi(p, si);
    }
    // ----------------------------------------------------------------------------------------------- measure
    measure(start) {
        this.expectWord('Measure');
        const path = this.qualifiedName();
        const { package: pkg, name } = splitPath(path);
        this.expect(T.BRACE_OPEN);
        const m = { _type: 'measure', package: pkg, name };
        if (this.isIdentifier() && this.k(1) !== T.COLON && !(this.k(1) === T.PATH_SEPARATOR)) {
            // non-convertible units: `A; B; C;`
            const units = [];
            while (this.k() !== T.BRACE_CLOSE) {
                const uStart = this.pos;
                const unitName = this.unitName();
                this.expect(T.SEMI_COLON);
                units.push(this.withSi({ name: unitName, measure: path }, this.si(uStart, this.last)));
            }
            m.canonicalUnit = units[0];
            if (units.length > 1)
                m.nonCanonicalUnits = units.slice(1);
        }
        else {
            const nonCanonical = [];
            while (this.k() !== T.BRACE_CLOSE) {
                if (this.accept(T.STAR)) {
                    if (m.canonicalUnit)
                        this.unexpected();
                    m.canonicalUnit = this.unit(path);
                }
                else
                    nonCanonical.push(this.unit(path));
            }
            if (!m.canonicalUnit)
                this.unexpected([T.STAR]);
            m.nonCanonicalUnits = nonCanonical;
        }
        this.expect(T.BRACE_CLOSE);
        return this.withSi(m, this.si(start, this.last));
    }
    unitName() {
        const full = this.qualifiedName();
        const i = full.lastIndexOf('::');
        return i < 0 ? full : full.slice(i + 2);
    }
    /** `Name: x -> expression;`. */
    unit(measurePath) {
        const start = this.pos;
        const name = this.unitName();
        this.expect(T.COLON);
        const param = this.identifier();
        this.expect(T.ARROW);
        const body = this.codeBlock();
        const conversionFunction = { _type: 'lambda', body, parameters: [{ _type: 'var', name: param }] };
        return this.withSi({ name, measure: measurePath, conversionFunction }, this.si(start, this.last));
    }
    // ----------------------------------------------------------------------------------------------- function
    functionDefinition(start, doc) {
        this.expectWord('function');
        const { stereotypes, taggedValues } = this.annotations();
        const path = this.qualifiedName();
        const { package: pkg, name } = splitPath(path);
        if (this.k() === T.LESS_THAN) {
            const from = this.pos;
            const to = this.skipAngles(this.pos) - 1;
            this.errorAt('Type and/or multiplicity parameters are not authorized in Legend Engine', from, to);
        }
        this.expect(T.PAREN_OPEN);
        const parameters = this.commaSeparated(T.PAREN_CLOSE, () => this.functionVariable());
        this.expect(T.PAREN_CLOSE);
        this.expect(T.COLON);
        const returnGenericType = this.genericType();
        const returnMultiplicity = this.multiplicity();
        // pre/post constraints are accepted and, as in the engine, not kept
        if (this.k() === T.BRACKET_OPEN)
            this.constraints();
        this.expect(T.BRACE_OPEN);
        const body = this.codeBlock();
        this.expect(T.BRACE_CLOSE);
        const f = {
            _type: 'function',
            package: pkg,
            name,
            preConstraints: [],
            postConstraints: [],
            parameters,
            returnGenericType,
            returnMultiplicity,
            stereotypes,
            taggedValues: this.withDocumentation(doc, taggedValues),
            body,
            tests: [],
        };
        if (this.k() === T.BRACE_OPEN)
            f.tests = this.functionTestSuites(name, parameters);
        f.name = name + (0,functionSignature/* functionSignature */.jh)(f);
        return this.withSi(f, this.si(start, this.last));
    }
    /** `{ test | f(args) => expected; suite ( data; test... ) }`. */
    functionTestSuites(functionName, parameters) {
        const open = this.expect(T.BRACE_OPEN);
        const defaultTests = [];
        const defaultData = [];
        const suites = [];
        while (this.k() !== T.BRACE_CLOSE) {
            if (this.atEnd())
                this.unexpected([T.BRACE_CLOSE]);
            if (this.isIdentifier() && this.k(1) === T.PAREN_OPEN) {
                // a named suite: id ( data* test+ )
                const sStart = this.pos;
                const id = this.identifier();
                this.expect(T.PAREN_OPEN);
                const testData = [];
                const tests = [];
                while (this.k() !== T.PAREN_CLOSE) {
                    if (this.atEnd())
                        this.unexpected([T.PAREN_CLOSE]);
                    if (this.isFunctionTestAhead())
                        tests.push(this.functionTest(functionName, parameters));
                    else
                        testData.push(this.functionTestData());
                }
                this.expect(T.PAREN_CLOSE);
                const suite = { _type: 'functionTestSuite', id, tests };
                if (testData.length > 0)
                    suite.testData = testData;
                suites.push(this.withSi(suite, this.si(sStart, this.last)));
            }
            else if (this.isFunctionTestAhead()) {
                defaultTests.push(this.functionTest(functionName, parameters));
            }
            else {
                defaultData.push(this.functionTestData());
            }
        }
        this.expect(T.BRACE_CLOSE);
        if (defaultTests.length > 0 || defaultData.length > 0) {
            const suite = { _type: 'functionTestSuite', id: 'default', tests: defaultTests };
            if (defaultData.length > 0)
                suite.testData = defaultData;
            suites.unshift(this.withSi(suite, this.si(open, this.last)));
        }
        return suites;
    }
    /** `id 'doc'? | name(` starts a test; anything else is test data. */
    isFunctionTestAhead() {
        if (!this.isIdentifier())
            return false;
        return this.k(1) === T.PIPE || (this.k(1) === T.STRING && this.k(2) === T.PIPE);
    }
    functionTest(functionName, parameters) {
        const start = this.pos;
        const id = this.identifier();
        const test = { _type: 'functionTest', id, assertions: [] };
        if (this.k() === T.STRING)
            test.doc = (0,strings/* fromGrammarString */.Jh)(this.text(this.next()), true);
        this.expect(T.PIPE);
        const nameTok = this.pos;
        const calledName = this.identifier();
        if (calledName !== functionName) {
            this.errorAt(`Function name in test '${calledName}' does not match function name '${functionName}'`, nameTok);
        }
        this.expect(T.PAREN_OPEN);
        const values = [];
        if (this.k() !== T.PAREN_CLOSE) {
            do {
                const vStart = this.pos;
                const value = this.primitiveValue();
                const pv = { value };
                const param = parameters[values.length];
                if (param)
                    pv.name = param.name;
                values.push(this.withSi(pv, this.si(vStart, this.last)));
            } while (this.accept(T.COMMA));
        }
        this.expect(T.PAREN_CLOSE);
        if (values.length > 0)
            test.parameters = values;
        this.expect(T.EQUAL);
        this.expect(T.GREATER_THAN);
        test.assertions = [this.functionTestAssertion()];
        this.expect(T.SEMI_COLON);
        return this.withSi(test, this.si(start, this.last));
    }
    functionTestAssertion() {
        const start = this.pos;
        if (this.k() === T.PAREN_OPEN && this.isIdentifier(1) && this.k(2) === T.PAREN_CLOSE && this.k(3) === T.STRING) {
            const expected = parseExternalFormatValue(this);
            const a = { _type: 'equalToJson', id: 'default', expected };
            return this.withSi(a, this.si(start, this.last));
        }
        if (this.isIdentifier() && this.k(1) === T.ISLAND) {
            this.errorAt('Relation assertions in function tests are not supported by the embedded engine', start, start + 1);
        }
        const expected = this.primitiveValue();
        return this.withSi({ _type: 'equalTo', id: 'default', expected }, this.si(start, this.last));
    }
    /** `(Type)? element: data;` inside a function test suite. */
    functionTestData() {
        const start = this.pos;
        let type;
        if (this.k() === T.PAREN_OPEN) {
            this.pos++;
            type = this.text(this.expect(T.IDENT)).toUpperCase();
            this.expect(T.PAREN_CLOSE);
        }
        const path = this.qualifiedName();
        const pointer = this.withSi({ path }, this.si(start, this.last));
        if (type !== undefined)
            pointer.type = type;
        this.expect(T.COLON);
        let data;
        if (this.k() === T.PAREN_OPEN)
            data = parseExternalFormatValue(this);
        else if (this.isIdentifier() && this.k(1) === T.ISLAND)
            data = parseEmbeddedData(this);
        else {
            const rStart = this.pos;
            const ref = this.qualifiedName();
            const dsi = this.si(rStart, this.last);
            data = this.withSi({ _type: 'reference', dataElement: this.withSi({ type: 'DATA', path: ref }, dsi) }, dsi);
        }
        this.expect(T.SEMI_COLON);
        return this.withSi({ packageableElementPointer: pointer, data }, this.si(start, this.last));
    }
}

;// CONCATENATED MODULE: ./src/pure/grammar/relationalParser.ts




const JOIN_TYPES = new Set(['INNER', 'OUTER']);
const SIZED_TYPES = { CHAR: 'Char', VARCHAR: 'Varchar', BINARY: 'Binary', VARBINARY: 'Varbinary' };
const PRECISION_TYPES = { NUMERIC: 'Numeric', DECIMAL: 'Decimal' };
const PLAIN_TYPES = {
    BIT: 'Bit',
    INT: 'Integer',
    INTEGER: 'Integer',
    BIGINT: 'BigInt',
    SMALLINT: 'SmallInt',
    TINYINT: 'TinyInt',
    TIMESTAMP: 'Timestamp',
    DATE: 'Date',
    FLOAT: 'Float',
    DOUBLE: 'Double',
    REAL: 'Real',
    ARRAY: 'Other',
    OTHER: 'Other',
    SEMISTRUCTURED: 'SemiStructured',
    JSON: 'Json',
};
// ----------------------------------------------------------------------------------------------- operations
/** `relationalIdentifier`: an unquoted identifier or a "quoted" one (kept with its quotes, as the engine does). */
function isRelationalIdentifier(p, ahead = 0) {
    const k = p.k(ahead);
    return k === T.IDENT || k === T.DQ_STRING;
}
function relationalIdentifier(p) {
    if (!isRelationalIdentifier(p))
        p.unexpected([T.IDENT]);
    return p.next();
}
/** `[my::Db]` → the database path. */
function databasePointer(p) {
    p.expect(T.BRACKET_OPEN);
    const path = p.qualifiedName();
    p.expect(T.BRACKET_CLOSE);
    return path;
}
/** At `is null` / `is not null`. */
function selfOperator(p) {
    if (!p.isWord('is'))
        return undefined;
    if (p.isWord('null', 1))
        return 'isNull';
    if (p.isWord('not', 1) && p.isWord('null', 2))
        return 'isNotNull';
    return undefined;
}
class RelationalOperations {
    p;
    constructor(p) {
        this.p = p;
    }
    si(from, to) {
        return this.p.si(from, to);
    }
    /** `operation: booleanOperation | joinOperation`. */
    operation(scope) {
        return this.booleanOperation(scope);
    }
    booleanOperation(scope) {
        const left = this.atomicOperation(scope);
        const p = this.p;
        if (p.isWord('and') || p.isWord('or')) {
            const start = p.next();
            const op = p.text(start);
            const inverse = op === 'and' ? 'or' : 'and';
            const right = this.operation(scope);
            const f = { _type: 'dynaFunc', funcName: op, parameters: [left] };
            if (right._type === 'dynaFunc' && right.funcName === op)
                f.parameters.push(...right.parameters);
            else if (right._type === 'dynaFunc' && right.funcName === inverse) {
                // the right operand is wrapped in a group to keep the engine's precedence (a and b or c = a and (b or c))
                f.parameters.push(p.withSi({ _type: 'dynaFunc', funcName: 'group', parameters: [right] }, right.sourceInformation));
            }
            else
                f.parameters.push(right);
            return p.withSi(f, this.si(start, p.last));
        }
        return left;
    }
    /** True at the start of a join sequence: `@J`, `(INNER) @J`, `[db]@J`, `[db] (INNER) @J`. */
    isJoinAhead(ahead = 0) {
        const p = this.p;
        let i = ahead;
        if (p.k(i) === T.BRACKET_OPEN) {
            // skip a database pointer
            while (p.k(i) !== T.BRACKET_CLOSE) {
                if (p.k(i) === T.EOF)
                    return false;
                i++;
            }
            i++;
        }
        if (p.k(i) === T.PAREN_OPEN && p.isIdentifier(i + 1) && p.k(i + 2) === T.PAREN_CLOSE && p.k(i + 3) === T.AT)
            return true;
        return p.k(i) === T.AT;
    }
    atomicOperation(scope) {
        const p = this.p;
        const start = p.pos;
        if (this.isJoinAhead())
            return this.joinOperation(scope);
        let element;
        const k = p.k();
        if (k === T.PAREN_OPEN) {
            p.pos++;
            const inner = this.operation(scope);
            p.expect(T.PAREN_CLOSE);
            element = { _type: 'dynaFunc', funcName: 'group', parameters: [inner] };
        }
        else if (k === T.DOLLAR) {
            p.pos++;
            element = { _type: 'lambdaParameter', name: p.identifier() };
        }
        else if (k === T.STRING || k === T.INTEGER || k === T.FLOAT || ((k === T.MINUS || k === T.PLUS) && (p.k(1) === T.INTEGER || p.k(1) === T.FLOAT))) {
            element = this.constant();
        }
        else if (k === T.BRACKET_OPEN || (p.isIdentifier() && p.k(1) === T.PAREN_OPEN) || k === T.IDENT || k === T.DQ_STRING || k === T.BRACE_OPEN) {
            let database;
            const save = p.pos;
            if (k === T.BRACKET_OPEN)
                database = databasePointer(p);
            if (p.isIdentifier() && p.k(1) === T.PAREN_OPEN && p.k() !== T.DQ_STRING) {
                element = this.functionOperation(database !== undefined ? { ...scope, database } : scope);
            }
            else if (this.isJoinAhead()) {
                p.pos = save;
                return this.joinOperation(scope);
            }
            else {
                element = this.tableAliasColumnOperation(database ?? scope.database, scope);
            }
        }
        if (!element)
            return p.unexpected();
        // the engine gives the element the position of the whole atomic operation (right-hand side included)
        const right = this.atomicOperationRight(element, scope);
        const si = this.si(start, p.last);
        if (si)
            element.sourceInformation = si;
        else
            delete element.sourceInformation;
        return right ?? element;
    }
    atomicOperationRight(left, scope) {
        const p = this.p;
        const start = p.pos;
        const self = selfOperator(p);
        if (self) {
            p.pos += self === 'isNull' ? 2 : 3;
            return p.withSi({ _type: 'dynaFunc', funcName: self, parameters: [left] }, this.si(start, p.last));
        }
        let funcName;
        const k = p.k();
        if (k === T.EQUAL)
            funcName = 'equal';
        else if (k === T.TEST_NOT_EQUAL)
            funcName = 'notEqual';
        else if (k === T.LESS_THAN && p.k(1) === T.GREATER_THAN && p.ts.starts[p.pos + 1] === p.ts.ends[p.pos]) {
            funcName = 'notEqualAnsi';
            p.pos++;
        }
        else if (k === T.GREATER_THAN)
            funcName = 'greaterThan';
        else if (k === T.LESS_THAN)
            funcName = 'lessThan';
        else if (k === T.GREATER_OR_EQUAL)
            funcName = 'greaterThanEqual';
        else if (k === T.LESS_OR_EQUAL)
            funcName = 'lessThanEqual';
        if (!funcName)
            return undefined;
        p.pos++;
        const right = this.atomicOperation(scope);
        return p.withSi({ _type: 'dynaFunc', funcName, parameters: [left, right] }, this.si(start, p.last));
    }
    constant() {
        const p = this.p;
        const start = p.pos;
        let text = '';
        if (p.k() === T.MINUS || p.k() === T.PLUS)
            text = p.text(p.next());
        const tok = p.next();
        const kind = p.kindAt(tok);
        let value;
        if (kind === T.STRING)
            value = (0,strings/* fromGrammarString */.Jh)(p.text(tok), true);
        else if (kind === T.INTEGER) {
            value = Number.parseInt(text + p.text(tok), 10);
            if (!Number.isSafeInteger(value) || Math.abs(value) > 2147483647)
                p.errorAt(`For input string: "${text + p.text(tok)}"`, start, tok);
        }
        else
            value = Number.parseFloat(text + p.text(tok));
        return p.withSi({ _type: 'literal', value }, this.si(start, p.last));
    }
    functionOperation(scope) {
        const p = this.p;
        const start = p.pos;
        const funcName = p.identifier();
        p.expect(T.PAREN_OPEN);
        const parameters = [];
        if (p.k() !== T.PAREN_CLOSE) {
            do
                parameters.push(this.functionArgument(scope));
            while (p.accept(T.COMMA));
        }
        p.expect(T.PAREN_CLOSE);
        return p.withSi({ _type: 'dynaFunc', funcName, parameters }, this.si(start, p.last));
    }
    functionArgument(scope) {
        const p = this.p;
        const start = p.pos;
        if (p.k() === T.BRACKET_OPEN && !this.isDatabasePointerAhead()) {
            p.pos++;
            const values = [];
            if (p.k() !== T.BRACKET_CLOSE) {
                do
                    values.push({ _type: 'literal', value: this.functionArgument(scope) });
                while (p.accept(T.COMMA));
            }
            p.expect(T.BRACKET_CLOSE);
            return p.withSi({ _type: 'literalList', values }, this.si(start, p.last));
        }
        // lambdas: `x | op` and `(x, y | op)`
        if (p.isIdentifier() && p.k(1) === T.PIPE) {
            const names = [p.identifier()];
            p.pos++;
            const body = this.operation(scope);
            return p.withSi({ _type: 'relationalLambda', parameterNames: names, body }, this.si(start, p.last));
        }
        if (p.k() === T.PAREN_OPEN && p.isIdentifier(1) && (p.k(2) === T.COMMA || p.k(2) === T.PIPE)) {
            p.pos++;
            const names = [p.identifier()];
            while (p.accept(T.COMMA))
                names.push(p.identifier());
            p.expect(T.PIPE);
            const body = this.operation(scope);
            p.expect(T.PAREN_CLOSE);
            return p.withSi({ _type: 'relationalLambda', parameterNames: names, body }, this.si(start, p.last));
        }
        return this.operation(scope);
    }
    /** `[a::b::Db]` followed by something a database pointer introduces (not a literal list). */
    isDatabasePointerAhead() {
        const p = this.p;
        let i = 1;
        if (!p.isIdentifier(i))
            return false;
        i++;
        while (p.k(i) === T.PATH_SEPARATOR && p.isIdentifier(i + 1))
            i += 2;
        if (p.k(i) !== T.BRACKET_CLOSE)
            return false;
        const after = p.k(i + 1);
        return after === T.IDENT || after === T.DQ_STRING || after === T.AT || after === T.PAREN_OPEN;
    }
    /** `{target}.col` | `col` | `table.col` | `schema.table.col`. */
    tableAliasColumnOperation(database, scope) {
        const p = this.p;
        if (p.k() === T.BRACE_OPEN) {
            p.expect(T.BRACE_OPEN);
            if (!p.isWord('target'))
                p.unexpected([], ['target']);
            const targetTok = p.next();
            p.expect(T.BRACE_CLOSE);
            p.expect(T.DOT);
            const colTok = relationalIdentifier(p);
            const si = this.si(colTok, colTok);
            const table = this.tablePtr({ database, aliasTok: targetTok, columnTok: colTok }, si, '{target}', targetTok - 1, targetTok + 1);
            return p.withSi({ _type: 'column', table, tableAlias: table.table, column: p.text(colTok) }, si);
        }
        const first = relationalIdentifier(p);
        let second;
        let third;
        if (p.k() === T.DOT && isRelationalIdentifier(p, 1)) {
            p.pos++;
            second = relationalIdentifier(p);
            if (p.k() === T.DOT && isRelationalIdentifier(p, 1)) {
                p.pos++;
                third = relationalIdentifier(p);
            }
        }
        const info = { ...scope, database: database && database !== '' ? database : scope.database };
        let columnTok;
        if (second === undefined) {
            columnTok = first;
        }
        else if (third === undefined) {
            info.aliasTok = first;
            columnTok = second;
        }
        else {
            info.schemaTok = first;
            info.aliasTok = second;
            columnTok = third;
        }
        info.columnTok = columnTok;
        const si = this.si(columnTok, columnTok);
        const table = this.tablePtr(info, si);
        return p.withSi({ _type: 'column', table, tableAlias: table.table, column: p.text(columnTok) }, si);
    }
    /** The table a column refers to, from the scope (schema and alias tokens). */
    tablePtr(info, columnSi, fixedTable, fixedFrom, fixedTo) {
        const p = this.p;
        let schemaTok = info.schemaTok;
        let aliasTok = info.aliasTok;
        if (aliasTok === undefined) {
            if (schemaTok === undefined) {
                p.error('Missing table or alias' + (info.columnTok === undefined ? '' : ` for column '${p.text(info.columnTok)}'`), columnSi ?? (info.columnTok !== undefined ? p.siAlways(info.columnTok, info.columnTok) : undefined));
            }
            aliasTok = schemaTok;
            schemaTok = undefined;
        }
        const database = info.database ?? '';
        const ptr = {
            _type: 'Table',
            table: fixedTable ?? p.text(aliasTok),
            schema: schemaTok !== undefined ? p.text(schemaTok) : 'default',
            database,
            mainTableDb: database,
        };
        if (info.database === undefined) {
            delete ptr.database;
            delete ptr.mainTableDb;
        }
        const si = fixedFrom !== undefined ? this.si(fixedFrom, fixedTo) : schemaTok !== undefined ? this.si(schemaTok, aliasTok) : this.si(aliasTok, aliasTok);
        return p.withSi(ptr, si);
    }
    /** `[db]? joinSequence ('|' (booleanOperation | column))?`. */
    joinOperation(scope) {
        const p = this.p;
        const start = p.pos;
        let database = scope.database;
        if (p.k() === T.BRACKET_OPEN)
            database = databasePointer(p);
        const joins = this.joinSequence(database, scope);
        const last = joins[joins.length - 1];
        if (last?.db)
            database = last.db;
        const op = { _type: 'elemtWithJoins', joins };
        if (p.accept(T.PIPE)) {
            const s = { ...scope, database };
            // `t.col` alone is a column; anything more is a boolean operation over the joined tables
            op.relationalElement = this.booleanOperation(s);
        }
        return p.withSi(op, this.si(start, p.last));
    }
    /** `(INNER)? @J1 (> (OUTER)? [db]? @J2)*`. */
    joinSequence(database, scope) {
        const p = this.p;
        const joins = [];
        let type;
        if (p.k() === T.PAREN_OPEN) {
            p.pos++;
            const typeTok = p.pos;
            type = p.identifier();
            p.expect(T.PAREN_CLOSE);
            if (!JOIN_TYPES.has(type)) {
                p.errorAt(`Unsupported join type '${p.text(typeTok)}'. The supported join types are: [INNER, OUTER]`, typeTok);
            }
        }
        joins.push(this.joinPointer(type, scope, database));
        while (p.k() === T.GREATER_THAN && (p.k(1) === T.AT || p.k(1) === T.PAREN_OPEN || p.k(1) === T.BRACKET_OPEN)) {
            p.pos++;
            let t;
            if (p.k() === T.PAREN_OPEN) {
                p.pos++;
                const typeTok = p.pos;
                t = p.identifier();
                p.expect(T.PAREN_CLOSE);
                if (!JOIN_TYPES.has(t))
                    p.errorAt(`Unsupported join type '${p.text(typeTok)}'`, typeTok);
            }
            const db = p.k() === T.BRACKET_OPEN ? databasePointer(p) : database;
            joins.push(this.joinPointer(t, scope, db));
        }
        return joins;
    }
    joinPointer(joinType, scope, database) {
        const p = this.p;
        const start = p.expect(T.AT);
        const name = p.identifier();
        const jp = { db: '', name };
        const db = database === undefined || database === '' ? (scope.database === undefined || scope.database === '' ? undefined : scope.database) : database;
        if (db === undefined)
            delete jp.db;
        else
            jp.db = db;
        if (joinType !== undefined)
            jp.joinType = joinType;
        return p.withSi(jp, this.si(start, p.last));
    }
    /** `~filter [db] (joins | [db])? FilterName` (class mappings) or a view's `~filter`. */
    filterMapping(start, viewStyle) {
        const p = this.p;
        const filter = { db: '', name: '' };
        const fm = { filter, joins: [] };
        if (p.k() === T.BRACKET_OPEN) {
            const db = databasePointer(p);
            if (this.isJoinAhead()) {
                fm.joins = this.joinSequence(db, { database: db });
                p.expect(T.PIPE);
                filter.db = databasePointer(p);
            }
            else
                filter.db = db;
        }
        else if (!viewStyle) {
            p.unexpected([T.BRACKET_OPEN]);
        }
        else {
            delete filter.db;
        }
        filter.name = p.identifier();
        return p.withSi(fm, this.si(start, p.last));
    }
}
// ----------------------------------------------------------------------------------------------- database
class RelationalParser extends DomainParser {
    parseSection() {
        const elements = [];
        while (!this.atEnd())
            elements.push(this.database());
        return { elements, imports: [] };
    }
    database() {
        const start = this.pos;
        const doc = this.k() === T.STRING ? this.next() : undefined;
        this.expectWord('Database');
        const { stereotypes, taggedValues } = this.annotations();
        const path = this.qualifiedName();
        const { package: pkg, name } = splitPath(path);
        this.expect(T.PAREN_OPEN);
        const db = { _type: 'relational', package: pkg, name, includedStores: [], schemas: [], joins: [], filters: [], stereotypes };
        const scope = { database: path };
        const ops = new RelationalOperations(this);
        while (this.isWord('include')) {
            const incStart = this.next();
            if (this.isIdentifier() && this.isIdentifier(1)) {
                // `include storeType my::Store`
                const storeType = this.identifier();
                const p = this.qualifiedName();
                const si = this.si(incStart, this.last);
                const spec = this.withSi({ storeType, packageableElementPointer: this.withSi({ path: p }, si) }, si);
                (db.includedStoreSpecifications ??= []).push(spec);
            }
            else {
                const p = this.qualifiedName();
                db.includedStores.push(this.withSi({ type: 'STORE', path: p }, this.si(incStart, this.last)));
            }
        }
        const defaultTables = [];
        const defaultViews = [];
        const multiGrain = [];
        while (this.k() !== T.PAREN_CLOSE) {
            if (this.atEnd())
                this.unexpected([T.PAREN_CLOSE]);
            const elStart = this.pos;
            const elDoc = this.k() === T.STRING ? this.next() : undefined;
            if (this.isWord('Schema'))
                db.schemas.push(this.schema(elStart, elDoc, scope));
            else if (this.isWord('Table'))
                defaultTables.push(this.table(elStart, elDoc));
            else if (this.isWord('View'))
                defaultViews.push(this.view(elStart, elDoc, scope));
            else if (elDoc === undefined && this.isWord('Join'))
                db.joins.push(this.join(scope, ops));
            else if (elDoc === undefined && (this.isWord('Filter') || this.isWord('MultiGrainFilter'))) {
                const f = this.filter(scope, ops);
                if (f._type === 'multigrain')
                    multiGrain.push(f);
                else
                    db.filters.push(f);
            }
            else if (elDoc === undefined && this.isWord('TabularFunction')) {
                this.errorAt('TabularFunction is not supported by the embedded engine', this.pos);
            }
            else
                this.unexpected([T.PAREN_CLOSE], ['Schema', 'Table', 'View', 'Join', 'Filter', 'MultiGrainFilter']);
        }
        this.expect(T.PAREN_CLOSE);
        const si = this.si(start, this.last);
        if (defaultTables.length > 0 || defaultViews.length > 0) {
            db.schemas.push(this.withSi({ name: 'default', tables: defaultTables, views: defaultViews, tabularFunctions: [] }, si));
        }
        db.filters.push(...multiGrain);
        const tvs = this.withDocumentation(doc, taggedValues);
        if (tvs.length > 0)
            db.taggedValues = tvs;
        return this.withSi(db, si);
    }
    schema(start, doc, dbScope) {
        this.expectWord('Schema');
        const { stereotypes, taggedValues } = this.annotations();
        let nameTok;
        if (this.k() === T.DQ_STRING || this.isIdentifier())
            nameTok = this.next();
        else
            this.unexpected([T.IDENT]);
        const name = this.kindAt(nameTok) === T.STRING ? this.text(nameTok) : this.text(nameTok);
        this.expect(T.PAREN_OPEN);
        const tables = [];
        const views = [];
        const scope = { ...dbScope, schemaTok: nameTok };
        while (this.k() !== T.PAREN_CLOSE) {
            if (this.atEnd())
                this.unexpected([T.PAREN_CLOSE]);
            const elStart = this.pos;
            const elDoc = this.k() === T.STRING ? this.next() : undefined;
            if (this.isWord('Table'))
                tables.push(this.table(elStart, elDoc));
            else if (this.isWord('View'))
                views.push(this.view(elStart, elDoc, scope));
            else if (elDoc === undefined && this.isWord('TabularFunction'))
                this.errorAt('TabularFunction is not supported by the embedded engine', this.pos);
            else
                this.unexpected([T.PAREN_CLOSE], ['Table', 'View']);
        }
        this.expect(T.PAREN_CLOSE);
        const s = { name, tables, views, tabularFunctions: [] };
        if (this.opts.returnSourceInformation)
            s.sourceInformation = this.si(start, this.last);
        if (stereotypes.length > 0)
            s.stereotypes = stereotypes;
        const tvs = this.withDocumentation(doc, taggedValues);
        if (tvs.length > 0)
            s.taggedValues = tvs;
        return s;
    }
    table(start, doc) {
        this.expectWord('Table');
        const { stereotypes, taggedValues } = this.annotations();
        const name = this.text(relationalIdentifier(this));
        this.expect(T.PAREN_OPEN);
        const t = { name, columns: [], primaryKey: [], milestoning: [] };
        if (this.isWord('milestoning') && this.k(1) === T.PAREN_OPEN)
            t.milestoning = this.milestoningSpec();
        if (this.k() !== T.PAREN_CLOSE) {
            do
                t.columns.push(this.column(t.primaryKey));
            while (this.accept(T.COMMA));
        }
        this.expect(T.PAREN_CLOSE);
        const si = this.si(start, this.last);
        const table = this.withSi(t, si);
        if (stereotypes.length > 0)
            table.stereotypes = stereotypes;
        const tvs = this.withDocumentation(doc, taggedValues);
        if (tvs.length > 0)
            table.taggedValues = tvs;
        return table;
    }
    column(primaryKey) {
        const start = this.pos;
        const doc = this.k() === T.STRING ? this.next() : undefined;
        const name = this.rawText(relationalIdentifier(this), this.last);
        const { stereotypes, taggedValues } = this.annotations();
        const typeTok = this.pos;
        const typeName = this.identifier();
        const ints = [];
        let closeTok = typeTok;
        if (this.accept(T.PAREN_OPEN)) {
            do {
                const t = this.expect(T.INTEGER);
                ints.push(Number.parseInt(this.text(t), 10));
            } while (this.accept(T.COMMA));
            closeTok = this.expect(T.PAREN_CLOSE);
        }
        let nullable = true;
        if (this.isWord('PRIMARY') && this.isWord('KEY', 1)) {
            this.pos += 2;
            nullable = false;
            primaryKey.push(name);
        }
        else if (this.isWord('NOT') && this.isWord('NULL', 1)) {
            this.pos += 2;
            nullable = false;
        }
        const upper = typeName.toUpperCase();
        const declaration = this.rawText(start, this.last);
        // the engine names INT columns INTEGER in its messages
        const label = upper === 'INT' ? 'INTEGER' : upper;
        const typeError = (message) => this.errorAt(`Column data type ${label} ${message} in declaration '${declaration}'`, typeTok, closeTok);
        let type;
        if (SIZED_TYPES[upper]) {
            if (ints.length !== 1)
                typeError('requires 1 parameter (size)');
            type = { _type: SIZED_TYPES[upper], size: ints[0] };
        }
        else if (PRECISION_TYPES[upper]) {
            if (ints.length !== 2)
                typeError('requires 2 parameters (precision, scale)');
            type = { _type: PRECISION_TYPES[upper], precision: ints[0], scale: ints[1] };
        }
        else if (PLAIN_TYPES[upper]) {
            if (ints.length > 0)
                typeError('does not expect any parameters');
            type = { _type: PLAIN_TYPES[upper] };
        }
        else {
            this.errorAt(`Unsupported column data type '${typeName}'`, typeTok);
        }
        const c = this.withSi({ name, type, nullable }, this.si(start, this.last));
        if (stereotypes.length > 0)
            c.stereotypes = stereotypes;
        const tvs = this.withDocumentation(doc, taggedValues);
        if (tvs.length > 0)
            c.taggedValues = tvs;
        return c;
    }
    milestoningSpec() {
        this.pos++;
        this.expect(T.PAREN_OPEN);
        const result = [];
        if (this.k() !== T.PAREN_CLOSE) {
            do
                result.push(this.milestoning());
            while (this.accept(T.COMMA));
        }
        this.expect(T.PAREN_CLOSE);
        return result;
    }
    milestoning() {
        const start = this.pos;
        const kind = this.identifier();
        this.expect(T.PAREN_OPEN);
        const innerStart = this.pos;
        const fields = new Map();
        while (this.k() !== T.PAREN_CLOSE) {
            if (this.atEnd())
                this.unexpected([T.PAREN_CLOSE]);
            const key = this.identifier();
            this.expect(T.EQUAL);
            const tok = this.next();
            fields.set(key, { value: this.text(tok), tok });
            if (!this.accept(T.COMMA))
                break;
        }
        const innerEnd = this.last;
        this.expect(T.PAREN_CLOSE);
        const date = (f) => {
            if (!f)
                return undefined;
            const v = f.value.slice(f.value.lastIndexOf('%') + 1);
            const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? { _type: 'strictDate', value: v } : { _type: 'dateTime', value: v };
            return this.withSi({ ...d, multiplicity: { lowerBound: 1, upperBound: 1 } }, this.si(f.tok, f.tok));
        };
        const bool = (f) => f !== undefined && f.value === 'true';
        if (kind === 'business') {
            const snapshot = fields.get('BUS_SNAPSHOT_DATE');
            if (snapshot)
                return this.withSi({ _type: 'businessSnapshotMilestoning', snapshotDate: snapshot.value }, this.si(innerStart, innerEnd));
            const m = {
                _type: 'businessMilestoning',
                from: fields.get('BUS_FROM')?.value ?? '',
                thru: fields.get('BUS_THRU')?.value ?? '',
                thruIsInclusive: bool(fields.get('THRU_IS_INCLUSIVE')),
            };
            const inf = date(fields.get('INFINITY_DATE'));
            if (inf)
                m.infinityDate = inf;
            return this.withSi(m, this.si(innerStart, innerEnd));
        }
        if (kind === 'processing') {
            const snapshot = fields.get('PROCESSING_SNAPSHOT_DATE');
            if (snapshot)
                return this.withSi({ _type: 'processingSnapshotMilestoning', snapshotDate: snapshot.value }, this.si(innerStart, innerEnd));
            const m = {
                _type: 'processingMilestoning',
                in: fields.get('PROCESSING_IN')?.value ?? '',
                out: fields.get('PROCESSING_OUT')?.value ?? '',
                outIsInclusive: bool(fields.get('OUT_IS_INCLUSIVE')),
            };
            const inf = date(fields.get('INFINITY_DATE'));
            if (inf)
                m.infinityDate = inf;
            return this.withSi(m, this.si(start, this.last));
        }
        return this.errorAt('Unsupported syntax', start, this.last);
    }
    view(start, doc, scope) {
        this.expectWord('View');
        const { stereotypes, taggedValues } = this.annotations();
        const name = this.text(relationalIdentifier(this));
        this.expect(T.PAREN_OPEN);
        const ops = new RelationalOperations(this);
        const v = { name, primaryKey: [], groupBy: [], distinct: false, columnMappings: [] };
        if (this.k() === T.TILDE && this.isWord('filter', 1)) {
            const fStart = this.pos;
            this.pos += 2;
            v.filter = ops.filterMapping(fStart, true);
        }
        if (this.k() === T.TILDE && this.isWord('groupBy', 1)) {
            this.pos += 2;
            this.expect(T.PAREN_OPEN);
            if (this.k() !== T.PAREN_CLOSE) {
                do
                    v.groupBy.push(ops.operation(scope));
                while (this.accept(T.COMMA));
            }
            this.expect(T.PAREN_CLOSE);
        }
        if (this.k() === T.TILDE && this.isWord('distinct', 1)) {
            this.pos += 2;
            v.distinct = true;
        }
        if (this.k() !== T.PAREN_CLOSE) {
            do {
                const cStart = this.pos;
                const cname = this.text(this.next());
                if (this.accept(T.BRACKET_OPEN)) {
                    this.identifier();
                    this.expect(T.BRACKET_CLOSE);
                }
                this.expect(T.COLON);
                const operation = ops.operation(scope);
                if (this.isWord('PRIMARY') && this.isWord('KEY', 1)) {
                    this.pos += 2;
                    v.primaryKey.push(cname);
                }
                const cm = this.withSi({ name: cname, operation }, this.si(cStart, this.last));
                v.columnMappings.push(cm);
            } while (this.accept(T.COMMA));
        }
        this.expect(T.PAREN_CLOSE);
        const view = this.withSi(v, this.si(start, this.last));
        if (stereotypes.length > 0)
            view.stereotypes = stereotypes;
        const tvs = this.withDocumentation(doc, taggedValues);
        if (tvs.length > 0)
            view.taggedValues = tvs;
        return view;
    }
    join(scope, ops) {
        const start = this.next();
        const name = this.identifier();
        this.expect(T.PAREN_OPEN);
        const operation = ops.operation(scope);
        this.expect(T.PAREN_CLOSE);
        return this.withSi({ name, operation }, this.si(start, this.last));
    }
    filter(scope, ops) {
        const start = this.pos;
        const multigrain = this.isWord('MultiGrainFilter');
        this.pos++;
        const name = this.identifier();
        this.expect(T.PAREN_OPEN);
        const operation = ops.operation(scope);
        this.expect(T.PAREN_CLOSE);
        return this.withSi({ _type: multigrain ? 'multigrain' : 'filter', name, operation }, this.si(start, this.last));
    }
}

;// CONCATENATED MODULE: ./src/pure/grammar/relationalMappingParser.ts


function parseRelationalClassMapping(p, h) {
    const ops = new RelationalOperations(p);
    const cm = {
        _type: 'relational',
        class: h.path,
        root: h.root,
        distinct: false,
        groupBy: [],
        primaryKey: [],
        propertyMappings: [],
    };
    if (h.id !== undefined)
        cm.id = h.id;
    if (h.extendsId !== undefined)
        cm.extendsClassMappingId = h.extendsId;
    const csi = p.si(h.pathStart, h.pathEnd);
    if (csi)
        cm.classSourceInformation = csi;
    let database;
    const isCommand = (word) => p.k() === T.TILDE && p.isWord(word, 1);
    if (isCommand('filter')) {
        const start = p.pos;
        p.pos += 2;
        cm.filter = ops.filterMapping(start, false);
        database = cm.filter.filter.db;
    }
    if (isCommand('distinct')) {
        p.pos += 2;
        cm.distinct = true;
    }
    if (isCommand('groupBy')) {
        p.pos += 2;
        cm.groupBy = operationList(p, ops, { database });
    }
    if (isCommand('primaryKey')) {
        p.pos += 2;
        cm.primaryKey = operationList(p, ops, { database });
    }
    if (isCommand('mainTable')) {
        p.pos += 2;
        const db = databasePointer(p);
        const scopeStart = p.pos;
        const scope = mappingScopeInfo(p, db);
        cm.mainTable = ops.tablePtr(scope, p.siAlways(scopeStart, p.last));
    }
    if (p.k() !== T.BRACE_CLOSE) {
        do
            cm.propertyMappings.push(...propertyMapping(p, ops, h.id, h.path));
        while (p.accept(T.COMMA));
    }
    p.expect(T.BRACE_CLOSE);
    return p.withSi(cm, p.si(h.start, p.last));
}
function parseRelationalAssociationMapping(p, h) {
    const ops = new RelationalOperations(p);
    p.expectWord('AssociationMapping');
    p.expect(T.PAREN_OPEN);
    const am = {
        _type: 'relational',
        association: p.withSi({ type: 'ASSOCIATION', path: h.path }, p.si(h.pathStart, h.pathEnd)),
        stores: [],
        propertyMappings: [],
    };
    if (h.id !== undefined)
        am.id = h.id;
    do
        am.propertyMappings.push(...propertyMapping(p, ops, undefined, undefined));
    while (p.accept(T.COMMA));
    p.expect(T.PAREN_CLOSE);
    p.expect(T.BRACE_CLOSE);
    // the engine records the store of the first join as the association mapping's store
    const first = am.propertyMappings.find((pm) => pm._type === 'relationalPropertyMapping');
    if (first && first.relationalOperation._type === 'elemtWithJoins') {
        const db = first.relationalOperation.joins.find((j) => j.db)?.db;
        if (db)
            am.stores = [db];
    }
    return p.withSi(am, p.si(h.start, p.last));
}
function operationList(p, ops, scope) {
    p.expect(T.PAREN_OPEN);
    const list = [];
    if (p.k() !== T.PAREN_CLOSE) {
        do
            list.push(ops.operation(scope));
        while (p.accept(T.COMMA));
    }
    p.expect(T.PAREN_CLOSE);
    return list;
}
/** `schema`, `schema.table` or `schema.table.column` after `~mainTable [db]` or in `scope([db] ...)`. */
function mappingScopeInfo(p, database) {
    const first = relationalIdentifier(p);
    const scope = { database, schemaTok: first };
    if (p.k() === T.DOT && isRelationalIdentifier(p, 1)) {
        p.pos++;
        scope.aliasTok = relationalIdentifier(p);
        if (p.k() === T.DOT && isRelationalIdentifier(p, 1)) {
            p.pos++;
            scope.columnTok = relationalIdentifier(p);
        }
    }
    return scope;
}
function propertyMapping(p, ops, classMappingId, cls) {
    if (p.isWord('scope') && p.k(1) === T.PAREN_OPEN) {
        p.pos += 2;
        const database = databasePointer(p);
        let scope = { database };
        if (p.k() !== T.PAREN_CLOSE)
            scope = { ...mappingScopeInfo(p, database), database };
        p.expect(T.PAREN_CLOSE);
        p.expect(T.PAREN_OPEN);
        const result = [];
        do
            result.push(singlePropertyMapping(p, ops, scope, classMappingId, cls));
        while (p.accept(T.COMMA));
        p.expect(T.PAREN_CLOSE);
        return result;
    }
    return [singlePropertyMapping(p, ops, {}, classMappingId, cls)];
}
function singlePropertyMapping(p, ops, scope, classMappingId, cls) {
    if (p.k() === T.PLUS) {
        p.pos++;
        const nameTok = p.pos;
        const property = p.identifier();
        const localStart = p.pos;
        p.expect(T.COLON);
        const typeStart = p.pos;
        const type = p.qualifiedName();
        void typeStart;
        p.expect(T.BRACKET_OPEN);
        let lower = 0;
        let upper;
        const bound = () => {
            if (p.accept(T.STAR))
                return undefined;
            return Number.parseInt(p.text(p.expect(T.INTEGER)), 10);
        };
        const a = bound();
        if (p.accept(T.DOT_DOT)) {
            lower = a ?? 0;
            upper = bound();
        }
        else {
            lower = a ?? 0;
            upper = a;
        }
        p.expect(T.BRACKET_CLOSE);
        const local = p.withSi({ type, multiplicity: upper === undefined ? { lowerBound: lower } : { lowerBound: lower, upperBound: upper } }, p.si(localStart, p.last));
        const pointer = p.withSi({ property }, p.si(nameTok, nameTok));
        return relationalPropertyMappingTail(p, ops, pointer, local, scope, classMappingId, undefined);
    }
    const nameTok = p.pos;
    const property = p.identifier();
    const pointer = p.withSi(cls !== undefined ? { class: cls, property } : { property }, p.si(nameTok, nameTok));
    let sourceId;
    let targetId;
    if (p.accept(T.BRACKET_OPEN)) {
        const first = p.text(p.next());
        if (p.accept(T.COMMA)) {
            sourceId = first;
            targetId = p.text(p.next());
        }
        else
            targetId = first;
        p.expect(T.BRACKET_CLOSE);
    }
    if (p.k() === T.COLON)
        return relationalPropertyMappingTail(p, ops, pointer, undefined, scope, sourceId ?? classMappingId, targetId);
    if (p.k() === T.PAREN_OPEN && p.k(1) === T.PAREN_CLOSE && p.isWord('Inline', 2)) {
        const start = p.pos;
        p.pos += 3;
        p.expect(T.BRACKET_OPEN);
        const setImplementationId = p.identifier();
        p.expect(T.BRACKET_CLOSE);
        const inline = { _type: 'inlineEmbeddedPropertyMapping', property: pointer, id: targetId, setImplementationId };
        if (targetId !== undefined)
            inline.target = targetId;
        else
            delete inline.id;
        return p.withSi(inline, p.si(start, p.last));
    }
    return embeddedPropertyMapping(p, ops, pointer, scope, classMappingId, targetId);
}
function relationalPropertyMappingTail(p, ops, property, local, scope, source, target) {
    const start = p.expect(T.COLON);
    const pm = { _type: 'relationalPropertyMapping', property, relationalOperation: undefined };
    if (p.isWord('EnumerationMapping') && p.isIdentifier(1) && p.k(2) === T.COLON) {
        p.pos++;
        pm.enumMappingId = p.identifier();
        p.expect(T.COLON);
    }
    else if (p.isWord('Binding') && p.isIdentifier(1)) {
        p.pos++;
        const bStart = p.pos;
        const binding = p.qualifiedName();
        pm.bindingTransformer = p.withSi({ binding }, p.si(bStart, p.last));
        p.expect(T.COLON);
    }
    pm.relationalOperation = ops.operation(scope);
    if (local)
        pm.localMappingProperty = local;
    if (source !== undefined)
        pm.source = source;
    if (target !== undefined)
        pm.target = target;
    return p.withSi(pm, p.si(start, p.last));
}
function embeddedPropertyMapping(p, ops, property, scope, classMappingId, targetId) {
    const start = p.expect(T.PAREN_OPEN);
    const classMapping = { _type: 'embedded', root: false, primaryKey: [], propertyMappings: [] };
    if (targetId !== undefined)
        classMapping.id = targetId;
    if (p.k() !== T.PAREN_CLOSE) {
        if (p.k() === T.TILDE && p.isWord('primaryKey', 1)) {
            p.pos += 2;
            classMapping.primaryKey = operationList(p, ops, {});
        }
        do
            classMapping.propertyMappings.push(singlePropertyMapping(p, ops, scope, classMappingId, undefined));
        while (p.accept(T.COMMA));
    }
    p.expect(T.PAREN_CLOSE);
    const bodySi = p.si(start, p.last);
    p.withSi(classMapping, bodySi);
    if (p.isWord('Otherwise') && p.k(1) === T.PAREN_OPEN) {
        const oStart = p.pos;
        p.pos += 2;
        const inner = p.pos;
        p.expect(T.BRACKET_OPEN);
        const otherwiseTarget = p.identifier();
        p.expect(T.BRACKET_CLOSE);
        p.expect(T.COLON);
        const db = p.k() === T.BRACKET_OPEN ? databasePointer(p) : undefined;
        const joins = ops.joinSequence(db, scope);
        const innerSi = p.si(inner, p.last);
        p.expect(T.PAREN_CLOSE);
        const otherwisePropertyMapping = p.withSi({
            _type: 'relationalPropertyMapping',
            property,
            target: otherwiseTarget,
            relationalOperation: p.withSi({ _type: 'elemtWithJoins', joins }, innerSi),
        }, innerSi);
        const o = {
            _type: 'otherwiseEmbeddedPropertyMapping',
            property,
            id: targetId,
            classMapping,
            otherwisePropertyMapping,
        };
        if (targetId === undefined)
            delete o.id;
        else
            o.target = targetId;
        return p.withSi(o, p.si(oStart, p.last));
    }
    const e = { _type: 'embeddedPropertyMapping', property, id: targetId, classMapping };
    if (targetId === undefined)
        delete e.id;
    else
        e.target = targetId;
    return p.withSi(e, bodySi);
}

;// CONCATENATED MODULE: ./src/pure/grammar/mappingParser.ts






const OPERATIONS = {
    'meta::pure::router::operations::special_union_OperationSetImplementation_1__SetImplementation_MANY_': 'ROUTER_UNION',
    'meta::pure::router::operations::union_OperationSetImplementation_1__SetImplementation_MANY_': 'STORE_UNION',
    'meta::pure::router::operations::inheritance_OperationSetImplementation_1__SetImplementation_MANY_': 'INHERITANCE',
    'meta::pure::router::operations::merge_OperationSetImplementation_1__SetImplementation_MANY_': 'MERGE',
};
/** Mapping element kinds of Legend extensions this engine does not parse (other unknown kinds: `No parser for X`). */
const LEGEND_MAPPING_TYPES = new Set(['AggregationAware', 'ModelJoin', 'ServiceStore', 'FlatData', 'MongoDB', 'Binding', 'Elasticsearch', 'Deephaven']);
class MappingParser extends DomainParser {
    parseSection() {
        const imports = this.imports();
        const elements = [];
        while (!this.atEnd())
            elements.push(this.mapping());
        return { elements, imports };
    }
    /** `word`: an identifier, a boolean or an integer, as written. */
    word() {
        const k = this.k();
        if (k === T.IDENT || k === T.STRING || k === T.BOOLEAN || k === T.INTEGER)
            return this.text(this.next());
        this.unexpected([T.IDENT]);
    }
    mapping() {
        const start = this.pos;
        this.expectWord('Mapping');
        const path = this.qualifiedName();
        const { package: pkg, name } = splitPath(path);
        this.expect(T.PAREN_OPEN);
        const mapping = {
            _type: 'mapping',
            package: pkg,
            name,
            includedMappings: [],
            classMappings: [],
            associationMappings: [],
            enumerationMappings: [],
            tests: [],
        };
        while (this.isWord('include'))
            mapping.includedMappings.push(this.include());
        while (this.k() !== T.PAREN_CLOSE) {
            if (this.atEnd())
                this.unexpected([T.PAREN_CLOSE]);
            if (this.isWord('MappingTests') && this.k(1) === T.BRACKET_OPEN) {
                this.pos++;
                mapping.tests = this.list(() => this.legacyMappingTest(path));
                continue;
            }
            if (this.isWord('testSuites') && this.k(1) === T.COLON) {
                mapping.testSuites = this.testSuites(path);
                break;
            }
            this.mappingElement(mapping);
        }
        this.expect(T.PAREN_CLOSE);
        return this.withSi(mapping, this.si(start, this.last));
    }
    include() {
        const start = this.next();
        if (this.isWord('dataspace')) {
            this.errorAt('Mapping includes of type dataspace are not supported by the embedded engine; configure a Legend engine URL', start, start + 1);
        }
        if (!this.isWord('mapping'))
            this.unexpected([], ['mapping']);
        this.pos++;
        const inc = { _type: 'mappingIncludeMapping', includedMapping: this.qualifiedName() };
        if (this.accept(T.BRACKET_OPEN)) {
            const subPaths = [];
            if (this.k() !== T.BRACKET_CLOSE) {
                do {
                    const source = this.qualifiedName();
                    this.expect(T.ARROW);
                    subPaths.push([source, this.qualifiedName()]);
                } while (this.accept(T.COMMA));
            }
            this.expect(T.BRACKET_CLOSE);
            if (subPaths.length === 1) {
                inc.sourceDatabasePath = subPaths[0][0];
                inc.targetDatabasePath = subPaths[0][1];
            }
        }
        return this.withSi(inc, this.si(start, this.last));
    }
    header() {
        const start = this.pos;
        const root = this.accept(T.STAR);
        const pathStart = this.pos;
        const path = this.qualifiedName();
        const pathEnd = this.last;
        let id;
        let extendsId;
        if (this.accept(T.BRACKET_OPEN)) {
            id = this.word();
            this.expect(T.BRACKET_CLOSE);
        }
        if (this.acceptWord('extends')) {
            this.expect(T.BRACKET_OPEN);
            extendsId = this.word();
            this.expect(T.BRACKET_CLOSE);
        }
        this.expect(T.COLON);
        const parserName = this.text(this.pos);
        this.identifier();
        let elementName;
        if (this.k() !== T.BRACE_OPEN)
            elementName = this.word();
        const braceOpen = this.expect(T.BRACE_OPEN);
        return { start, root, path, pathStart, pathEnd, id, extendsId, parserName, elementName, braceOpen };
    }
    mappingElement(mapping) {
        const h = this.header();
        switch (h.parserName) {
            case 'Pure':
                mapping.classMappings.push(this.pureClassMapping(h));
                return;
            case 'EnumerationMapping':
                mapping.enumerationMappings.push(this.enumerationMapping(h));
                return;
            case 'Operation':
                mapping.classMappings.push(this.operationClassMapping(h));
                return;
            case 'XStore':
                mapping.associationMappings.push(this.xStoreAssociationMapping(h));
                return;
            case 'Relation':
                mapping.classMappings.push(this.relationFunctionClassMapping(h));
                return;
            case 'Relational': {
                const m = this.isAssociationMappingAhead(h) ? parseRelationalAssociationMapping(this, h) : parseRelationalClassMapping(this, h);
                if (m._type === 'relational' && 'association' in m)
                    mapping.associationMappings.push(m);
                else
                    mapping.classMappings.push(m);
                return;
            }
            default: {
                const end = Math.max(h.braceOpen, this.skipGroup(h.braceOpen) - 1);
                if (!LEGEND_MAPPING_TYPES.has(h.parserName))
                    this.errorAt(`No parser for ${h.parserName}`, h.start, end);
                this.errorAt(`Class mappings of type '${h.parserName}' are not supported by the embedded engine; configure a Legend engine URL`, h.start, h.braceOpen);
            }
        }
    }
    /**
     * The `}` closing a class mapping's property list. The engine parses the body on its own, so after a
     * property mapping it expects `,` or the end of the body: another property mapping without its comma is
     * reported with `[',']`.
     */
    expectListEnd() {
        if (this.isIdentifier() || this.k() === T.PLUS)
            this.unexpected([T.COMMA]);
        this.expect(T.BRACE_CLOSE);
    }
    /** A relational association mapping has an `AssociationMapping` body marker: property mappings with `[source, target]`. */
    isAssociationMappingAhead(h) {
        return this.isWord('AssociationMapping', 0) || h.elementName === 'AssociationMapping';
    }
    /** Source information of a whole mapping element (header to closing brace). */
    elementSi(h) {
        return this.si(h.start, this.last);
    }
    classHeaderFields(h, target) {
        if (h.id !== undefined)
            target.id = h.id;
        if (h.extendsId !== undefined)
            target.extendsClassMappingId = h.extendsId;
        const csi = this.si(h.pathStart, h.pathEnd);
        if (csi)
            target.classSourceInformation = csi;
        return target;
    }
    // ----------------------------------------------------------------------------------------------- Pure
    /** An expression wrapped in a parameterless lambda, as the engine stores mapping expressions. */
    expressionLambda() {
        return { _type: 'lambda', body: [this.combinedExpression()], parameters: [] };
    }
    pureClassMapping(h) {
        const cm = this.classHeaderFields(h, {
            _type: 'pureInstance',
            class: h.path,
            root: h.root,
            propertyMappings: [],
        });
        let srcCount = 0;
        let filterCount = 0;
        for (;;) {
            if (this.k() === T.TILDE && this.isWord('src', 1)) {
                srcCount++;
                this.pos += 2;
                const s = this.pos;
                cm.srcClass = this.qualifiedName();
                const ssi = this.si(s, this.last);
                if (ssi)
                    cm.sourceClassSourceInformation = ssi;
            }
            else if (this.k() === T.TILDE && this.isWord('filter', 1)) {
                filterCount++;
                this.pos += 2;
                cm.filter = this.expressionLambda();
            }
            else
                break;
        }
        if (this.k() !== T.BRACE_CLOSE) {
            do
                cm.propertyMappings.push(this.purePropertyMapping(h));
            while (this.accept(T.COMMA));
        }
        this.expectListEnd();
        // checked once the class mapping is read, at its whole position, as the engine does
        if (srcCount > 1)
            this.errorAt("Field '~src' should be specified only once", h.start, this.last);
        if (filterCount > 1)
            this.errorAt("Field '~filter' should be specified only once", h.start, this.last);
        return this.withSi(cm, this.elementSi(h));
    }
    localMappingProperty() {
        this.expect(T.PLUS);
        const nameStart = this.pos;
        const name = this.qualifiedName();
        const nameSi = this.si(nameStart, this.last);
        this.expect(T.COLON);
        const typeStart = this.pos;
        this.genericType();
        const type = this.rawText(typeStart, this.last);
        const multiplicity = this.multiplicity();
        const info = this.withSi({ type, multiplicity }, nameSi);
        return { name, nameStart, info };
    }
    purePropertyMapping(h) {
        const start = this.pos;
        let local;
        let property;
        let propStart;
        let propEnd;
        let target;
        if (this.k() === T.PLUS) {
            const l = this.localMappingProperty();
            local = l.info;
            property = l.name;
            propStart = l.nameStart;
            propEnd = l.nameStart;
            while (this.kindAt(propEnd + 1) === T.PATH_SEPARATOR)
                propEnd += 2;
        }
        else {
            propStart = this.pos;
            property = this.qualifiedName();
            propEnd = this.last;
            if (this.accept(T.BRACKET_OPEN)) {
                target = this.qualifiedName();
                if (this.accept(T.COMMA))
                    this.qualifiedName();
                this.expect(T.BRACKET_CLOSE);
            }
        }
        const explode = this.accept(T.STAR);
        this.expect(T.COLON);
        let enumMappingId;
        if (this.isWord('EnumerationMapping')) {
            this.pos++;
            enumMappingId = this.identifier();
            this.expect(T.COLON);
        }
        const transform = this.expressionLambda();
        const pm = {
            _type: 'purePropertyMapping',
            property: this.withSi(local ? { property } : { class: h.path, property }, this.si(propStart, propEnd)),
            source: h.id ?? '',
            transform,
            explodeProperty: explode,
        };
        if (target !== undefined)
            pm.target = target;
        if (local)
            pm.localMappingProperty = local;
        if (enumMappingId !== undefined)
            pm.enumMappingId = enumMappingId;
        return this.withSi(pm, this.si(start, this.last));
    }
    // ----------------------------------------------------------------------------------------------- Relation
    /** `Relation { ~func a::f():Relation<Any>[1]  ~primaryKey: [A, B]  prop: COL, ... }` (or `~src <expression>`). */
    relationFunctionClassMapping(h) {
        const cm = { _type: 'relation', class: h.path, root: h.root, primaryKey: [], propertyMappings: [] };
        if (h.id !== undefined)
            cm.id = h.id;
        if (h.extendsId !== undefined)
            cm.extendsClassMappingId = h.extendsId;
        if (this.k() === T.TILDE && this.isWord('func', 1)) {
            this.pos += 2;
            const s = this.pos;
            const end = this.functionIdentifierEnd();
            let text = '';
            for (let i = s; i <= end; i++)
                text += this.text(i);
            this.pos = end + 1;
            cm.relationFunction = this.withSi({ type: 'FUNCTION', path: text }, this.si(s, end));
        }
        else if (this.k() === T.TILDE && this.isWord('src', 1)) {
            this.pos += 2;
            cm.sourceLambda = this.relationExpressionLambda();
        }
        else {
            this.unexpected([T.TILDE]);
        }
        if (this.k() === T.TILDE && this.isWord('primaryKey', 1)) {
            this.pos += 2;
            this.expect(T.COLON);
            if (this.accept(T.BRACKET_OPEN)) {
                do
                    cm.primaryKey.push(this.identifier());
                while (this.accept(T.COMMA));
                this.expect(T.BRACKET_CLOSE);
            }
            else
                cm.primaryKey.push(this.identifier());
        }
        if (this.k() !== T.BRACE_CLOSE) {
            do
                cm.propertyMappings.push(this.relationPropertyMapping(h.path, h.id));
            while (this.accept(T.COMMA));
        }
        this.expectListEnd();
        return this.withSi(cm, this.elementSi(h));
    }
    /** Last token of `a::f(T[1], U[*]):Relation<Any>[1]` starting at the cursor. */
    functionIdentifierEnd() {
        const group = (at) => {
            const after = this.skipGroup(at);
            if (after < 0)
                this.errorAt('Unexpected end of the relation function descriptor', this.n - 1);
            return after;
        };
        let i = this.pos;
        if (!this.isIdentifier())
            this.unexpected();
        i++;
        while (this.kindAt(i) === T.PATH_SEPARATOR)
            i += 2;
        if (this.kindAt(i) !== T.PAREN_OPEN)
            this.errorAt("Unexpected token '" + this.text(i) + "'", i);
        i = group(i);
        if (this.kindAt(i) !== T.COLON)
            this.errorAt("Unexpected token '" + this.text(i) + "'", i);
        i++;
        // the return type, up to and including its multiplicity
        while (i < this.n && this.kindAt(i) !== T.BRACKET_OPEN && this.kindAt(i) !== T.EOF) {
            const k = this.kindAt(i);
            if (k === T.PAREN_OPEN || k === T.BRACE_OPEN)
                i = group(i);
            else
                i++;
        }
        if (this.kindAt(i) !== T.BRACKET_OPEN)
            this.errorAt('Unexpected end of the relation function descriptor', Math.max(0, this.n - 1));
        return group(i) - 1;
    }
    /** An inline expression wrapped in a parameterless lambda positioned at the expression. */
    relationExpressionLambda() {
        const s = this.pos;
        const body = this.combinedExpression();
        return this.withSi({ _type: 'lambda', body: [body], parameters: [] }, this.si(s, this.last));
    }
    relationPropertyMapping(ownerClass, sourceId) {
        const start = this.pos;
        let local;
        let property;
        let propStart;
        if (this.k() === T.PLUS) {
            const l = this.localMappingProperty();
            local = l.info;
            property = l.name;
            propStart = l.nameStart;
        }
        else {
            propStart = this.pos;
            property = this.qualifiedName();
        }
        let propEnd = propStart;
        while (this.kindAt(propEnd + 1) === T.PATH_SEPARATOR)
            propEnd += 2;
        const pointer = this.withSi({ class: ownerClass, property }, this.si(propStart, propEnd));
        if (ownerClass === undefined)
            delete pointer.class;
        if (!local && this.k() === T.PAREN_OPEN) {
            const em = { _type: 'relationFunctionEmbeddedPropertyMapping', property: pointer, propertyMappings: [] };
            if (sourceId !== undefined)
                em.source = sourceId;
            this.pos++;
            if (this.k() === T.PAREN_CLOSE && this.isWord('Inline', 1)) {
                this.pos += 2;
                this.expect(T.BRACKET_OPEN);
                em.id = this.identifier();
                this.expect(T.BRACKET_CLOSE);
            }
            else {
                if (this.k() !== T.PAREN_CLOSE) {
                    do
                        em.propertyMappings.push(this.relationPropertyMapping(undefined, undefined));
                    while (this.accept(T.COMMA));
                }
                this.expect(T.PAREN_CLOSE);
            }
            return this.withSi(em, this.si(start, this.last));
        }
        this.expect(T.COLON);
        const pm = { _type: 'relationFunctionPropertyMapping', property: pointer };
        if (this.isWord('Binding')) {
            this.pos++;
            const s = this.pos;
            const binding = this.qualifiedName();
            pm.bindingTransformer = this.withSi({ binding }, this.si(s, this.last));
            this.expect(T.COLON);
        }
        else if (this.isWord('EnumerationMapping')) {
            this.pos++;
            pm.enumMappingId = this.identifier();
            this.expect(T.COLON);
        }
        const after = this.kindAt(this.pos + 1);
        if (this.isIdentifier() && (after === T.COMMA || after === T.BRACE_CLOSE || after === T.PAREN_CLOSE || this.pos + 1 >= this.n)) {
            pm.column = this.identifier();
        }
        else {
            pm.valueFn = this.relationExpressionLambda();
        }
        if (local)
            pm.localMappingProperty = local;
        if (sourceId !== undefined)
            pm.source = sourceId;
        return this.withSi(pm, this.si(start, this.last));
    }
    // ----------------------------------------------------------------------------------------------- enumeration
    enumerationMapping(h) {
        const em = {
            enumeration: this.withSi({ type: 'ENUMERATION', path: h.path }, this.si(h.pathStart, h.pathEnd)),
            enumValueMappings: [],
        };
        if (h.elementName !== undefined)
            em.id = h.elementName;
        if (this.k() !== T.BRACE_CLOSE) {
            do
                em.enumValueMappings.push(this.enumValueMapping());
            while (this.accept(T.COMMA));
        }
        this.expect(T.BRACE_CLOSE);
        return this.withSi(em, this.elementSi(h));
    }
    enumValueMapping() {
        const enumValue = this.identifier();
        this.expect(T.COLON);
        const sourceValues = [];
        if (this.accept(T.BRACKET_OPEN)) {
            do
                sourceValues.push(this.enumSourceValue());
            while (this.accept(T.COMMA));
            this.expect(T.BRACKET_CLOSE);
        }
        else
            sourceValues.push(this.enumSourceValue());
        return { enumValue, sourceValues };
    }
    enumSourceValue() {
        const k = this.k();
        if (k === T.STRING)
            return { _type: 'stringSourceValue', value: (0,strings/* fromGrammarString */.Jh)(this.text(this.next()), true) };
        if (k === T.INTEGER || ((k === T.MINUS || k === T.PLUS) && this.k(1) === T.INTEGER)) {
            const start = this.next();
            if (k !== T.INTEGER)
                this.next();
            const v = Number.parseInt(this.rawText(start, this.last), 10);
            if (!Number.isSafeInteger(v) || Math.abs(v) > 2147483647)
                this.errorAt(`For input string: "${this.rawText(start, this.last)}"`, start, this.last);
            return { _type: 'integerSourceValue', value: v };
        }
        if (this.isIdentifier()) {
            const enumeration = this.qualifiedName();
            this.expect(T.DOT);
            return { _type: 'enumSourceValue', enumeration, value: this.identifier() };
        }
        this.unexpected([T.STRING, T.INTEGER]);
    }
    // ----------------------------------------------------------------------------------------------- operation
    operationClassMapping(h) {
        const fnStart = this.pos;
        this.qualifiedName();
        const fn = this.rawText(fnStart, this.last);
        const operation = OPERATIONS[fn];
        this.expect(T.PAREN_OPEN);
        if (this.k() === T.BRACKET_OPEN) {
            // merge: ([a, b], validation)
            this.pos++;
            const parameters = [];
            if (this.k() !== T.BRACKET_CLOSE) {
                do
                    parameters.push(this.identifier());
                while (this.accept(T.COMMA));
            }
            this.expect(T.BRACKET_CLOSE);
            this.expect(T.COMMA);
            const validationFunction = this.expressionLambda();
            this.expect(T.PAREN_CLOSE);
            this.accept(T.SEMI_COLON);
            this.expect(T.BRACE_CLOSE);
            const cm = this.classHeaderFields(h, {
                _type: 'mergeOperation',
                class: h.path,
                root: h.root,
                parameters,
                validationFunction,
            });
            if (operation)
                cm.operation = operation;
            return this.withSi(cm, this.elementSi(h));
        }
        const parameters = [];
        if (this.k() !== T.PAREN_CLOSE) {
            do
                parameters.push(this.identifier());
            while (this.accept(T.COMMA));
        }
        this.expect(T.PAREN_CLOSE);
        this.accept(T.SEMI_COLON);
        this.expect(T.BRACE_CLOSE);
        const cm = this.classHeaderFields(h, { _type: 'operation', class: h.path, root: h.root, parameters });
        if (operation)
            cm.operation = operation;
        return this.withSi(cm, this.elementSi(h));
    }
    // ----------------------------------------------------------------------------------------------- XStore
    xStoreAssociationMapping(h) {
        const am = {
            _type: 'xStore',
            association: this.withSi({ type: 'ASSOCIATION', path: h.path }, this.si(h.pathStart, h.pathEnd)),
            stores: [],
            propertyMappings: [],
        };
        if (h.id !== undefined)
            am.id = h.id;
        if (this.k() !== T.BRACE_CLOSE) {
            do {
                const start = this.pos;
                const property = this.qualifiedName();
                const propSi = this.si(start, this.last);
                let source = '';
                let target = '';
                if (this.accept(T.BRACKET_OPEN)) {
                    source = this.word();
                    this.expect(T.COMMA);
                    target = this.word();
                    this.expect(T.BRACKET_CLOSE);
                }
                this.expect(T.COLON);
                const crossExpression = { _type: 'lambda', body: [this.combinedExpression()], parameters: [] };
                const pm = {
                    _type: 'xStorePropertyMapping',
                    property: this.withSi({ class: h.path, property }, propSi),
                    source,
                    target,
                    crossExpression,
                };
                am.propertyMappings.push(this.withSi(pm, this.si(start, this.last)));
            } while (this.accept(T.COMMA));
        }
        this.expect(T.BRACE_CLOSE);
        return this.withSi(am, this.elementSi(h));
    }
    // ----------------------------------------------------------------------------------------------- legacy tests
    /** `name ( query: |...; data: [ <Object, JSON, a::C, '...'> ]; assert: '...'; )`. */
    legacyMappingTest(mappingPath) {
        const start = this.pos;
        if (!this.isIdentifier())
            this.unexpected();
        const name = this.text(this.next());
        this.expect(T.PAREN_OPEN);
        const counts = new Map();
        let query;
        let inputData;
        let assert;
        let assertError;
        while (this.k() !== T.PAREN_CLOSE) {
            const keyTok = this.pos;
            const key = this.text(keyTok);
            if (!this.isIdentifier() || this.k(1) !== T.COLON || !['query', 'data', 'assert'].includes(key))
                this.unexpected([T.PAREN_CLOSE], ['query', 'data', 'assert']);
            this.pos += 2;
            counts.set(key, (counts.get(key) ?? 0) + 1);
            if (key === 'query')
                query = this.queryLambda(mappingPath);
            else if (key === 'data')
                inputData = this.list(() => this.legacyInputData());
            else if (this.k() === T.STRING && this.k(1) === T.SEMI_COLON) {
                const s = this.next();
                assert = this.withSi({ _type: 'expectedOutputMappingTestAssert', expectedOutput: (0,strings/* fromGrammarString */.Jh)(this.text(s), false) }, this.si(keyTok, s + 1));
            }
            else {
                this.combinedExpression();
                assertError ??= this.siAlways(keyTok, this.pos);
            }
            this.expect(T.SEMI_COLON);
        }
        this.expect(T.PAREN_CLOSE);
        const si = this.siAlways(start, this.last);
        for (const key of ['query', 'data', 'assert']) {
            const n = counts.get(key) ?? 0;
            if (n === 0)
                this.error(`Field '${key}' is required`, si);
            if (n > 1)
                this.error(`Field '${key}' should be specified only once`, si);
            if (key === 'assert' && assertError)
                this.error('Mapping test currently only support string assertion', assertError);
        }
        return this.withSi({ name, query: query, inputData: inputData, assert: assert }, this.si(start, this.last));
    }
    /** `<Object, JSON, a::Class, '...' + '...'>` or `<Relational, SQL, a::Db, '...'>`. */
    legacyInputData() {
        const start = this.expect(T.LESS_THAN);
        const type = this.text(this.pos);
        this.identifier();
        this.expect(T.COMMA);
        let formatTok;
        if (!(this.isIdentifier() && (this.k(1) === T.PATH_SEPARATOR || (this.k(1) === T.COMMA && this.k(2) === T.STRING)))) {
            formatTok = this.pos;
            this.identifier();
            this.expect(T.COMMA);
        }
        const srcStart = this.pos;
        const src = this.qualifiedName();
        const srcText = this.rawText(srcStart, this.last);
        this.expect(T.COMMA);
        const pieces = [this.expect(T.STRING)];
        while (this.accept(T.PLUS))
            pieces.push(this.expect(T.STRING));
        this.expect(T.GREATER_THAN);
        const siAlways = this.siAlways(start, this.last);
        const si = this.si(start, this.last);
        const format = formatTok === undefined ? undefined : this.text(formatTok);
        if (type === 'Object') {
            if (format === undefined)
                this.error("Mapping test object 'input type' is missing. Possible values: JSON, XML", siAlways);
            if (format !== 'JSON' && format !== 'XML')
                this.errorAt(`Mapping test object input data does not support format '${format}'. Possible values: JSON, XML`, formatTok);
            const data = pieces.map((t) => (0,strings/* fromGrammarString */.Jh)(this.text(t), false)).join('');
            return this.withSi({ _type: 'object', inputType: format, sourceClass: src, data }, si);
        }
        if (type === 'Relational') {
            if (format === undefined)
                this.error("Mapping test relational 'input type' is missing. Possible values: SQL, CSV", siAlways);
            if (format !== 'SQL' && format !== 'CSV')
                this.errorAt(`Mapping test relational input data does not support format '${format}'. Possible values: SQL, CSV`, formatTok);
            const data = pieces.map((t) => (0,strings/* fromGrammarString */.Jh)(this.text(t).replace(/\\;/g, '\\\\;'), true)).join('');
            return this.withSi({ _type: 'relational', inputType: format, database: srcText, data }, si);
        }
        return this.error(`Unsupported mapping test input data type '${type}'`, siAlways);
    }
    // ----------------------------------------------------------------------------------------------- test suites
    testSuites(mappingPath) {
        this.pos += 2; // testSuites :
        this.expect(T.BRACKET_OPEN);
        const suites = [];
        if (this.k() !== T.BRACKET_CLOSE) {
            do
                suites.push(this.testSuite(mappingPath));
            while (this.accept(T.COMMA));
        }
        this.expect(T.BRACKET_CLOSE);
        return suites;
    }
    /** `id: { doc: '...'; function: |...; tests: [ ... ]; }`. */
    testSuite(mappingPath) {
        const start = this.pos;
        const id = this.identifier();
        this.expect(T.COLON);
        this.expect(T.BRACE_OPEN);
        let doc;
        let func;
        let tests;
        // the engine checks the suite before its tests: a test's own problems wait
        const pending = [];
        while (this.k() !== T.BRACE_CLOSE) {
            if (this.isWord('doc') && this.k(1) === T.COLON) {
                this.pos += 2;
                doc = (0,strings/* fromGrammarString */.Jh)(this.text(this.expect(T.STRING)), true);
                this.expect(T.SEMI_COLON);
            }
            else if (this.isWord('function') && this.k(1) === T.COLON) {
                this.pos += 2;
                func = this.queryLambda(mappingPath);
                this.expect(T.SEMI_COLON);
            }
            else if (this.isWord('tests') && this.k(1) === T.COLON) {
                this.pos += 2;
                this.expect(T.BRACKET_OPEN);
                tests = [];
                if (this.k() !== T.BRACKET_CLOSE) {
                    do
                        tests.push(this.mappingTest(pending));
                    while (this.accept(T.COMMA));
                }
                this.expect(T.BRACKET_CLOSE);
                this.expect(T.SEMI_COLON);
            }
            else
                this.unexpected([T.BRACE_CLOSE], ['doc', 'function', 'tests']);
        }
        this.expect(T.BRACE_CLOSE);
        const si = this.siAlways(start, this.last);
        if (!func)
            this.error('Mapping Test Suite requires a query function', si);
        if (!tests)
            this.error("Field 'tests' is required", si);
        pending[0]?.();
        const suite = { _type: 'mappingTestSuite', id, func, tests };
        if (doc !== undefined)
            suite.doc = doc;
        return this.withSi(suite, this.si(start, this.last));
    }
    /**
     * A query given as a lambda, or as an expression the engine wraps in a parameterless lambda. The engine
     * reports positions inside it with the mapping's path as sourceId.
     */
    queryLambda(sourceId) {
        const saved = this.opts;
        this.opts = { ...saved, sourceId };
        try {
            const v = this.semicolonTerminatedExpression();
            return v._type === 'lambda' ? v : { _type: 'lambda', body: [v], parameters: [] };
        }
        finally {
            this.opts = saved;
        }
    }
    mappingTest(pending) {
        const start = this.pos;
        const id = this.identifier();
        this.expect(T.COLON);
        this.expect(T.BRACE_OPEN);
        const test = { _type: 'mappingTest', id, assertions: [] };
        let data;
        let asserts;
        while (this.k() !== T.BRACE_CLOSE) {
            if (this.isWord('doc') && this.k(1) === T.COLON) {
                this.pos += 2;
                test.doc = (0,strings/* fromGrammarString */.Jh)(this.text(this.expect(T.STRING)), true);
                this.expect(T.SEMI_COLON);
            }
            else if (this.isWord('data') && this.k(1) === T.COLON) {
                this.pos += 2;
                this.expect(T.BRACKET_OPEN);
                data = [];
                if (this.k() !== T.BRACKET_CLOSE) {
                    do
                        data.push(this.storeTestData());
                    while (this.accept(T.COMMA));
                }
                this.expect(T.BRACKET_CLOSE);
                this.expect(T.SEMI_COLON);
            }
            else if (this.isWord('asserts') && this.k(1) === T.COLON) {
                this.pos += 2;
                this.expect(T.BRACKET_OPEN);
                asserts = [];
                if (this.k() !== T.BRACKET_CLOSE) {
                    do {
                        const aid = this.identifier();
                        this.expect(T.COLON);
                        const a = parseTestAssertion(this);
                        a.id = aid;
                        asserts.push(a);
                    } while (this.accept(T.COMMA));
                }
                this.expect(T.BRACKET_CLOSE);
                this.expect(T.SEMI_COLON);
            }
            else
                this.unexpected([T.BRACE_CLOSE], ['doc', 'data', 'asserts']);
        }
        this.expect(T.BRACE_CLOSE);
        const si = this.siAlways(start, this.last);
        if (!asserts || asserts.length === 0)
            pending.push(() => this.error("Field 'asserts' is required", si));
        else if (!data)
            pending.push(() => this.error("Field 'data' is required", si));
        test.assertions = asserts ?? [];
        test.storeTestData = data ?? [];
        return this.withSi(test, this.si(start, this.last));
    }
    storeTestData() {
        const start = this.pos;
        const path = this.qualifiedName();
        const storeSi = this.si(start, this.last);
        this.expect(T.COLON);
        const data = parseEmbeddedData(this);
        return this.withSi({ store: this.withSi({ type: 'STORE', path }, storeSi), data }, this.si(start, this.last));
    }
}

// EXTERNAL MODULE: ./src/pure/grammar/connectionSpecs.ts
var connectionSpecs = __webpack_require__(3752);
;// CONCATENATED MODULE: ./src/pure/grammar/runtimeParser.ts






/**
 * Reads `key: ...;` fields in any order until `}`; the callback consumes each value. A field given twice is
 * reported once the element is read, at the element's whole position (the engine checks after parsing).
 */
function fields(p, siAlways, onField) {
    const seen = new Set();
    let duplicate;
    while (p.k() !== T.BRACE_CLOSE) {
        if (p.atEnd())
            p.unexpected([T.BRACE_CLOSE]);
        const keyTok = p.pos;
        const key = p.identifier();
        if (seen.has(key))
            duplicate ??= key;
        seen.add(key);
        p.expect(T.COLON);
        onField(key, keyTok);
    }
    if (duplicate !== undefined) {
        p.expect(T.BRACE_CLOSE);
        p.error(`Field '${duplicate}' should be specified only once`, siAlways());
    }
}
/** `si` extended to the end of token `tok` (the closing brace of the element being checked). */
function through(p, si, tok) {
    if (p.k() !== T.BRACE_CLOSE)
        return si;
    const end = p.siAlways(tok, tok);
    return { ...si, endLine: end.endLine, endColumn: end.endColumn };
}
// ----------------------------------------------------------------------------------------------- connections
/** `Type { ... }` connection values; `embedded` is true inside a runtime's `#{ ... }#`. */
function connectionValue(p, type, typeTok, embedded, si) {
    const open = p.expect(T.BRACE_OPEN);
    const siAlways = () => p.siAlways(typeTok, p.last);
    switch (type) {
        case 'JsonModelConnection':
        case 'XmlModelConnection': {
            let cls;
            let classSi;
            let url;
            fields(p, siAlways, (key) => {
                if (key === 'class') {
                    const s = p.pos;
                    cls = p.qualifiedName();
                    classSi = p.si(s, p.last);
                }
                else if (key === 'url')
                    url = (0,strings/* fromGrammarString */.Jh)(p.text(p.expect(T.STRING)), true);
                else
                    p.errorAt(`Unexpected field '${key}'`, p.last - 1);
                p.expect(T.SEMI_COLON);
            });
            p.expect(T.BRACE_CLOSE);
            if (cls === undefined)
                p.error("Field 'class' is required", siAlways());
            if (url === undefined)
                p.error("Field 'url' is required", siAlways());
            const c = { _type: type, class: cls, url };
            if (!embedded)
                c.element = 'ModelStore';
            if (classSi)
                c.classSourceInformation = classSi;
            return p.withSi(c, si);
        }
        case 'ModelChainConnection': {
            let mappings;
            let mappingsSi;
            fields(p, siAlways, (key, keyTok) => {
                if (key !== 'mappings')
                    p.errorAt(`Unexpected field '${key}'`, keyTok);
                p.expect(T.BRACKET_OPEN);
                mappings = [];
                if (p.k() !== T.BRACKET_CLOSE) {
                    do
                        mappings.push(p.qualifiedName());
                    while (p.accept(T.COMMA));
                }
                p.expect(T.BRACKET_CLOSE);
                p.expect(T.SEMI_COLON);
                mappingsSi = p.si(keyTok, p.last);
            });
            p.expect(T.BRACE_CLOSE);
            if (mappings === undefined)
                p.error("Field 'mappings' is required", siAlways());
            const c = { _type: 'ModelChainConnection', mappings };
            if (!embedded)
                c.element = 'ModelStore';
            if (mappingsSi)
                c.mappingsSourceInformation = mappingsSi;
            return p.withSi(c, si);
        }
        case 'RelationalDatabaseConnection':
            return relationalDatabaseConnection(p, siAlways, si);
        default:
            return p.errorAt(`Connections of type '${type}' are not supported by the embedded engine; configure a Legend engine URL`, typeTok, open);
    }
}
function relationalDatabaseConnection(p, siAlways, si) {
    const c = { _type: 'RelationalDatabaseConnection' };
    let localMode = false;
    fields(p, siAlways, (key, keyTok) => {
        switch (key) {
            case 'store': {
                const s = p.pos;
                c.element = p.qualifiedName();
                const esi = p.si(s, p.last);
                if (esi)
                    c.elementSourceInformation = esi;
                break;
            }
            case 'type': {
                const t = p.identifier();
                c.type = t;
                c.databaseType = t;
                break;
            }
            case 'timezone': {
                const s = p.pos;
                while (p.k() !== T.SEMI_COLON && !p.atEnd())
                    p.pos++;
                c.timeZone = p.rawText(s, p.last);
                break;
            }
            case 'quoteIdentifiers':
                c.quoteIdentifiers = p.text(p.expect(T.BOOLEAN)) === 'true';
                break;
            case 'queryTimeOutInSeconds':
                c.queryTimeOutInSeconds = Number.parseInt(p.text(p.expect(T.INTEGER)), 10);
                break;
            case 'mode':
                localMode = p.identifier() === 'local';
                break;
            case 'specification':
                c.datasourceSpecification = connectionPart(p, connectionSpecs/* DATASOURCE_SPECS */.jA);
                break;
            case 'auth':
                c.authenticationStrategy = connectionPart(p, connectionSpecs/* AUTHENTICATION_STRATEGIES */.hl);
                break;
            case 'queryGenerationConfigs':
                c.queryGenerationConfigs = queryGenerationConfigs(p);
                break;
            default:
                p.errorAt(`Field '${key}' of RelationalDatabaseConnection is not supported by the embedded engine`, keyTok);
        }
        p.expect(T.SEMI_COLON);
    });
    p.expect(T.BRACE_CLOSE);
    if (c.type === undefined)
        p.error("Field 'type' is required", siAlways());
    if (localMode) {
        c.localMode = true;
    }
    else {
        if (!c.datasourceSpecification)
            p.error("Field 'specification' is required", siAlways());
        if (!c.authenticationStrategy)
            p.error("Field 'auth' is required", siAlways());
    }
    return p.withSi(c, si);
}
/** `[ GenerationFeaturesConfig { enabled: ['X']; disabled: []; } ]`. */
function queryGenerationConfigs(p) {
    p.expect(T.BRACKET_OPEN);
    const configs = [];
    if (p.k() !== T.BRACKET_CLOSE) {
        do {
            const start = p.pos;
            const type = p.text(p.expect(T.IDENT));
            if (type !== 'GenerationFeaturesConfig')
                p.errorAt(`Query generation config '${type}' is not supported by the embedded engine`, start);
            const config = { _type: 'generationFeaturesConfig', enabled: [], disabled: [] };
            p.expect(T.BRACE_OPEN);
            fields(p, () => p.siAlways(start, p.last), (key, keyTok) => {
                if (key !== 'enabled' && key !== 'disabled')
                    p.errorAt(`Unexpected field '${key}'`, keyTok);
                p.expect(T.BRACKET_OPEN);
                const values = [];
                if (p.k() !== T.BRACKET_CLOSE) {
                    do
                        values.push((0,strings/* fromGrammarString */.Jh)(p.text(p.expect(T.STRING)), false));
                    while (p.accept(T.COMMA));
                }
                p.expect(T.BRACKET_CLOSE);
                p.expect(T.SEMI_COLON);
                config[key] = values;
            });
            p.expect(T.BRACE_CLOSE);
            configs.push(p.withSi(config, p.si(start, p.last)));
        } while (p.accept(T.COMMA));
    }
    p.expect(T.BRACKET_CLOSE);
    return configs;
}
/** `Name` or `Name { key: value; ... }` → `{_type, fields...}` in the order written. */
function connectionPart(p, specs) {
    const start = p.pos;
    const grammar = p.text(p.expect(T.IDENT));
    const spec = (0,connectionSpecs/* specByGrammar */.c5)(specs, grammar);
    const part = { _type: spec ? spec.type : grammar.charAt(0).toLowerCase() + grammar.slice(1) };
    if (p.accept(T.BRACE_OPEN)) {
        fields(p, () => p.siAlways(start, p.last), (key) => {
            const fieldSpec = spec?.fields.find((x) => x.key === key);
            const json = fieldSpec?.json ?? key;
            const k = p.k();
            if (k === T.BRACKET_OPEN) {
                p.pos++;
                const values = [];
                if (p.k() !== T.BRACKET_CLOSE) {
                    do
                        values.push((0,strings/* fromGrammarString */.Jh)(p.text(p.expect(T.STRING)), true));
                    while (p.accept(T.COMMA));
                }
                p.expect(T.BRACKET_CLOSE);
                part[json] = values;
            }
            else if (k === T.STRING) {
                part[json] = (0,strings/* fromGrammarString */.Jh)(p.text(p.next()), true);
            }
            else if (k === T.INTEGER) {
                const text = p.text(p.next());
                part[json] = fieldSpec?.kind === 'string' ? text : Number.parseInt(text, 10);
            }
            else if (k === T.BOOLEAN) {
                part[json] = p.text(p.next()) === 'true';
            }
            else {
                part[json] = p.identifier();
            }
            p.expect(T.SEMI_COLON);
        });
        p.expect(T.BRACE_CLOSE);
    }
    return p.withSi(part, p.si(start, p.last));
}
class ConnectionParser extends DomainParser {
    parseSection() {
        const imports = this.imports();
        const elements = [];
        while (!this.atEnd()) {
            const start = this.pos;
            const typeTok = this.pos;
            const type = this.identifier();
            const path = this.qualifiedName();
            const si = this.si(start, Math.max(this.pos, this.skipGroup(this.pos) - 1));
            const value = connectionValue(this, type, typeTok, false, si);
            const c = { _type: 'connection', ...splitPath(path), connectionValue: value };
            elements.push(this.withSi(c, this.si(start, this.last)));
        }
        return { elements, imports };
    }
}
// ----------------------------------------------------------------------------------------------- runtimes
class RuntimeParser extends DomainParser {
    parseSection() {
        const imports = this.imports();
        const runtimes = [];
        const single = [];
        while (!this.atEnd()) {
            if (this.isWord('Runtime'))
                runtimes.push(this.runtime(false));
            else if (this.isWord('SingleConnectionRuntime'))
                single.push(this.runtime(true));
            else
                this.unexpected([], ['Runtime', 'SingleConnectionRuntime']);
        }
        // the engine lists all Runtimes before all SingleConnectionRuntimes
        return { elements: [...runtimes, ...single], imports };
    }
    runtime(singleConnection) {
        const start = this.next();
        const path = this.qualifiedName();
        this.expect(T.BRACE_OPEN);
        const value = runtimeBody(this, singleConnection, false, () => this.siAlways(start, this.last));
        this.expect(T.BRACE_CLOSE);
        const si = this.si(start, this.last);
        this.withSi(value, si);
        return this.withSi({ _type: 'runtime', ...splitPath(path), runtimeValue: value }, si);
    }
}
/**
 * The fields of a runtime (`mappings`, `connections`, `connectionStores`, or `connection` for a single
 * connection runtime) up to the closing brace, which the caller consumes.
 */
function runtimeBody(p, singleConnection, embedded, siAlways) {
    const value = {
        _type: singleConnection ? 'localEngineRuntime' : 'engineRuntime',
        mappings: [],
        connections: [],
        connectionStores: [],
    };
    let mappingsSeen = false;
    const seen = new Set();
    const twice = new Set();
    while (p.k() !== T.BRACE_CLOSE && !p.atEnd()) {
        const keyTok = p.pos;
        const key = p.identifier();
        if (seen.has(key))
            twice.add(key);
        seen.add(key);
        p.expect(T.COLON);
        if (key === 'mappings') {
            mappingsSeen = true;
            p.expect(T.BRACKET_OPEN);
            if (p.k() !== T.BRACKET_CLOSE) {
                do {
                    const s = p.pos;
                    const path = p.qualifiedName();
                    value.mappings.push(p.withSi({ type: 'MAPPING', path }, p.si(s, p.last)));
                } while (p.accept(T.COMMA));
            }
            p.expect(T.BRACKET_CLOSE);
        }
        else if (key === 'connections' && !singleConnection) {
            p.expect(T.BRACKET_OPEN);
            if (p.k() !== T.BRACKET_CLOSE) {
                do
                    storeConnections(p, value);
                while (p.accept(T.COMMA));
            }
            p.expect(T.BRACKET_CLOSE);
        }
        else if (key === 'connectionStores' && !singleConnection && !embedded) {
            p.expect(T.BRACKET_OPEN);
            if (p.k() !== T.BRACKET_CLOSE) {
                do
                    value.connectionStores.push(connectionStores(p));
                while (p.accept(T.COMMA));
            }
            p.expect(T.BRACKET_CLOSE);
        }
        else if (key === 'connection' && singleConnection) {
            const s = p.pos;
            const connection = p.qualifiedName();
            const si = p.si(s, p.last);
            const pointer = p.withSi({ _type: 'connectionPointer', connection }, si);
            value.connectionStores.push(p.withSi({ connectionPointer: pointer, storePointers: [] }, si));
        }
        else {
            p.errorAt(`Unexpected field '${key}'`, keyTok);
        }
        p.expect(T.SEMI_COLON);
    }
    // the engine's checks, in its order, once the whole runtime is read
    const si = () => through(p, siAlways(), p.pos);
    if (!mappingsSeen && !embedded)
        p.error("Field 'mappings' is required", si());
    for (const key of ['mappings', 'connection', 'connections', 'connectionStores']) {
        if (twice.has(key))
            p.error(`Field '${key === 'connectionStores' ? 'connectionPointerStores' : key}' should be specified only once`, si());
    }
    if (singleConnection && !seen.has('connection'))
        p.error("Field 'connection' is required", si());
    return value;
}
function storeConnections(p, runtime) {
    const start = p.pos;
    const store = p.qualifiedName();
    const storeSi = p.si(start, p.last);
    p.expect(T.COLON);
    p.expect(T.BRACKET_OPEN);
    const sc = { store: p.withSi({ type: 'STORE', path: store }, storeSi), storeConnections: [] };
    if (runtime.connections.some((c) => c.store.path === store)) {
        p.errorAt(`Connections for store '${store}' is already specified`, start, p.last);
    }
    if (p.k() !== T.BRACKET_CLOSE) {
        do
            sc.storeConnections.push(identifiedConnection(p));
        while (p.accept(T.COMMA));
    }
    p.expect(T.BRACKET_CLOSE);
    p.withSi(sc, p.si(start, p.last));
    // only stores with connections are kept, as the engine does
    if (sc.storeConnections.length > 0)
        runtime.connections.push(sc);
}
function identifiedConnection(p) {
    const start = p.pos;
    const id = p.identifier();
    p.expect(T.COLON);
    let connection;
    if (p.k() === T.ISLAND) {
        const islandTok = p.pos;
        const inner = openIsland(p);
        const islandSi = p.si(islandTok, islandTok);
        if (inner.atEnd())
            p.error('Embedded connection must not be empty', p.siAlways(islandTok, islandTok));
        const typeTok = inner.pos;
        const type = inner.identifier();
        const valueSi = inner.si(typeTok, Math.max(inner.pos, inner.skipGroup(inner.pos) - 1));
        connection = connectionValue(inner, type, typeTok, true, valueSi ?? islandSi);
        if (!inner.atEnd())
            inner.unexpected();
    }
    else {
        const s = p.pos;
        const path = p.qualifiedName();
        connection = p.withSi({ _type: 'connectionPointer', connection: path }, p.si(s, p.last));
    }
    return p.withSi({ id, connection }, p.si(start, p.last));
}
function connectionStores(p) {
    const start = p.pos;
    const connection = p.qualifiedName();
    const pointer = p.withSi({ _type: 'connectionPointer', connection }, p.si(start, p.last));
    p.expect(T.COLON);
    p.expect(T.BRACKET_OPEN);
    const storePointers = [];
    if (p.k() !== T.BRACKET_CLOSE) {
        do {
            const s = p.pos;
            let type;
            if (p.k() === T.PAREN_OPEN) {
                p.pos++;
                type = p.text(p.expect(T.IDENT)).toUpperCase();
                p.expect(T.PAREN_CLOSE);
            }
            const path = p.qualifiedName();
            const ptr = p.withSi({ path }, p.si(s, p.last));
            if (type !== undefined)
                ptr.type = type;
            storePointers.push(ptr);
        } while (p.accept(T.COMMA));
    }
    p.expect(T.BRACKET_CLOSE);
    return p.withSi({ connectionPointer: pointer, storePointers }, p.si(start, p.last));
}

;// CONCATENATED MODULE: ./src/pure/grammar/serviceParser.ts






const MCP_SERVER_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Token index of each occurrence of a field, for the engine's required / only-once checks. */
class FieldCounter {
    seen = new Map();
    add(key) {
        this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
    }
    count(key) {
        return this.seen.get(key) ?? 0;
    }
}
class ServiceParser extends DomainParser {
    parseSection() {
        const imports = this.imports();
        const services = [];
        const environments = [];
        while (!this.atEnd()) {
            if (this.isWord('ExecutionEnvironment')) {
                environments.push(this.executionEnvironment());
                continue;
            }
            const start = this.pos;
            let doc;
            if (this.k() === T.STRING)
                doc = this.next();
            if (!this.isWord('Service'))
                this.unexpected([], doc === undefined ? ['Service', 'ExecutionEnvironment'] : ['Service']);
            services.push(this.service(start, doc));
        }
        // the engine lists all services before all execution environments, and keeps imports only with services
        return { elements: [...services, ...environments], imports: services.length > 0 ? imports : [] };
    }
    // --------------------------------------------------------------------------------------------- helpers
    required(fields, key, si, label = key) {
        const n = fields.count(key);
        if (n === 0)
            this.error(`Field '${label}' is required`, si);
        if (n > 1)
            this.error(`Field '${label}' should be specified only once`, si);
    }
    optional(fields, key, si, label = key) {
        if (fields.count(key) > 1)
            this.error(`Field '${label}' should be specified only once`, si);
    }
    stringValue() {
        return (0,strings/* fromGrammarString */.Jh)(this.text(this.expect(T.STRING)), true);
    }
    /** `[ 'a', 'b' ]`. */
    stringList() {
        this.expect(T.BRACKET_OPEN);
        const values = [];
        if (this.k() !== T.BRACKET_CLOSE) {
            do
                values.push(this.stringValue());
            while (this.accept(T.COMMA));
        }
        this.expect(T.BRACKET_CLOSE);
        return values;
    }
    /** A combined expression as the engine stores it in services: a lambda, or a body wrapped in one. */
    asLambda(v) {
        return v._type === 'lambda' ? v : { _type: 'lambda', body: [v], parameters: [] };
    }
    /** `fieldName: qualifiedName;` → the path and its position. */
    pathField() {
        const s = this.pos;
        const p = this.qualifiedName();
        const si = this.si(s, this.last);
        this.expect(T.SEMI_COLON);
        return { path: p, si };
    }
    // --------------------------------------------------------------------------------------------- service
    service(start, doc) {
        this.expectWord('Service');
        const { stereotypes, taggedValues } = this.annotations();
        const path = this.qualifiedName();
        this.expect(T.BRACE_OPEN);
        const fields = new FieldCounter();
        const service = { _type: 'service', ...splitPath(path), stereotypes, taggedValues: [] };
        let pattern;
        let documentation;
        let title;
        let autoActivate;
        let owners;
        let ownership;
        let execution;
        let testSuites;
        let test;
        let postValidations;
        let mcpServer;
        while (this.k() !== T.BRACE_CLOSE) {
            if (this.atEnd())
                this.unexpected([T.BRACE_CLOSE]);
            const keyTok = this.pos;
            const key = this.isIdentifier() && this.k(1) === T.COLON ? this.text(keyTok) : '';
            if (key === '')
                this.unexpected([T.BRACE_CLOSE]);
            this.pos += 2;
            fields.add(key);
            switch (key) {
                case 'pattern':
                    pattern = this.stringValue();
                    this.expect(T.SEMI_COLON);
                    break;
                case 'title':
                    title = this.stringValue();
                    this.expect(T.SEMI_COLON);
                    break;
                case 'documentation':
                    documentation = this.stringValue();
                    this.expect(T.SEMI_COLON);
                    break;
                case 'autoActivateUpdates':
                    autoActivate = this.text(this.expect(T.BOOLEAN)) === 'true';
                    this.expect(T.SEMI_COLON);
                    break;
                case 'owners':
                    owners = this.stringList();
                    this.expect(T.SEMI_COLON);
                    break;
                case 'ownership':
                    ownership = this.ownership();
                    this.expect(T.SEMI_COLON);
                    break;
                case 'execution':
                    execution = this.execution();
                    break;
                case 'testSuites':
                    testSuites = this.testSuites();
                    break;
                case 'test':
                    test = this.legacyTest();
                    break;
                case 'postValidations':
                    postValidations = this.postValidations();
                    break;
                case 'mcpServer': {
                    const name = this.identifier();
                    this.expect(T.SEMI_COLON);
                    mcpServer = { name, from: keyTok, to: this.last };
                    break;
                }
                default:
                    this.pos -= 2;
                    this.unexpected([T.BRACE_CLOSE], ['pattern', 'title', 'owners', 'ownership', 'documentation', 'autoActivateUpdates', 'execution', 'testSuites', 'test', 'postValidations', 'mcpServer']);
            }
        }
        this.expect(T.BRACE_CLOSE);
        const siAlways = this.siAlways(start, this.last);
        service.taggedValues = this.withDocumentation(doc, taggedValues);
        // the engine's checks, in its order
        this.required(fields, 'pattern', siAlways);
        service.pattern = pattern;
        this.required(fields, 'documentation', siAlways);
        service.documentation = documentation;
        this.optional(fields, 'title', siAlways);
        if (title !== undefined)
            service.title = title;
        this.optional(fields, 'autoActivateUpdates', siAlways);
        service.autoActivateUpdates = autoActivate ?? false;
        this.optional(fields, 'owners', siAlways);
        service.owners = owners ?? [];
        this.optional(fields, 'ownership', siAlways);
        if (ownership)
            service.ownership = ownership;
        this.required(fields, 'execution', siAlways);
        service.execution = execution;
        this.optional(fields, 'testSuites', siAlways);
        if (testSuites)
            service.testSuites = testSuites;
        this.optional(fields, 'test', siAlways);
        if (test)
            service.test = test;
        this.optional(fields, 'postValidations', siAlways, 'postValidation');
        service.postValidations = postValidations ?? [];
        this.optional(fields, 'mcpServer', siAlways);
        if (mcpServer) {
            if (!MCP_SERVER_NAME.test(mcpServer.name)) {
                this.errorAt('Service mcpServer should be a valid identifier ([a-zA-Z_][a-zA-Z0-9_]*)', mcpServer.from, mcpServer.to);
            }
            service.mcpServer = mcpServer.name;
        }
        return this.withSi(service, this.si(start, this.last));
    }
    ownership() {
        const start = this.pos;
        if (this.acceptWord('DID')) {
            this.expect(T.BRACE_OPEN);
            this.expectWord('identifier');
            this.expect(T.COLON);
            const identifier = this.stringValue();
            this.expect(T.BRACE_CLOSE);
            return { _type: 'deploymentOwnership', identifier };
        }
        if (this.acceptWord('UserList')) {
            this.expect(T.BRACE_OPEN);
            this.expectWord('users');
            this.expect(T.COLON);
            const users = this.stringList();
            this.expect(T.BRACE_CLOSE);
            return { _type: 'userListOwnership', users };
        }
        this.pos = start;
        return this.unexpected([], ['DID', 'UserList']);
    }
    // --------------------------------------------------------------------------------------------- execution
    execution() {
        const start = this.pos;
        if (this.acceptWord('Single'))
            return this.singleExecution(start);
        if (this.acceptWord('Multi'))
            return this.multiExecution(start);
        if (this.k() === T.IDENT && this.k(1) === T.BRACE_OPEN) {
            const type = this.text(this.next());
            const end = this.skipGroup(this.pos) - 1;
            this.errorAt(`Unknown execution type: ${type}. Valid alternatives: ['Single', 'Multi']`, start, end);
        }
        return this.unexpected([], ['Single', 'Multi']);
    }
    /** `query: ...;` (a lambda, or an expression the engine wraps in one). */
    query() {
        const v = this.semicolonTerminatedExpression();
        this.expect(T.SEMI_COLON);
        return this.asLambda(v);
    }
    singleExecution(start) {
        this.expect(T.BRACE_OPEN);
        const fields = new FieldCounter();
        let func;
        let mapping;
        let runtime;
        while (this.k() !== T.BRACE_CLOSE) {
            const key = this.executionKey(['query', 'mapping', 'runtime']);
            fields.add(key);
            if (key === 'query')
                func = this.query();
            else if (key === 'mapping')
                mapping = this.pathField();
            else
                runtime = this.runtime();
        }
        this.expect(T.BRACE_CLOSE);
        const siAlways = this.siAlways(start, this.last);
        this.required(fields, 'query', siAlways);
        this.optional(fields, 'mapping', siAlways);
        this.optional(fields, 'runtime', siAlways);
        const exec = { _type: 'pureSingleExecution', func: func };
        if (mapping && runtime) {
            exec.mapping = mapping.path;
            if (mapping.si)
                exec.mappingSourceInformation = mapping.si;
            exec.runtime = runtime;
        }
        else if (mapping) {
            this.error("Field 'runtime' is required", siAlways);
        }
        else if (runtime) {
            this.error("Field 'mapping' is required", siAlways);
        }
        return this.withSi(exec, this.si(start, this.last));
    }
    multiExecution(start) {
        this.expect(T.BRACE_OPEN);
        const fields = new FieldCounter();
        let func;
        let key;
        const parameters = [];
        while (this.k() !== T.BRACE_CLOSE) {
            if (this.isWord('executions') && this.k(1) === T.BRACKET_OPEN) {
                parameters.push(this.keyedExecutionParameter());
                continue;
            }
            const field = this.executionKey(['query', 'key', 'executions']);
            fields.add(field);
            if (field === 'query')
                func = this.query();
            else {
                key = this.stringValue();
                this.expect(T.SEMI_COLON);
            }
        }
        this.expect(T.BRACE_CLOSE);
        const siAlways = this.siAlways(start, this.last);
        this.required(fields, 'query', siAlways);
        this.optional(fields, 'key', siAlways);
        const exec = { _type: 'pureMultiExecution', func: func };
        if (key !== undefined)
            exec.executionKey = key;
        if (parameters.length > 0) {
            this.required(fields, 'key', siAlways);
            exec.executionParameters = parameters;
        }
        return this.withSi(exec, this.si(start, this.last));
    }
    /** The `key:` of an execution field, one of `allowed`. */
    executionKey(allowed) {
        if (this.atEnd())
            this.unexpected([T.BRACE_CLOSE]);
        const key = this.text(this.pos);
        if (!this.isIdentifier() || !allowed.includes(key) || this.k(1) !== T.COLON)
            this.unexpected([T.BRACE_CLOSE], allowed);
        this.pos += 2;
        return key;
    }
    /** `executions['KEY']: { mapping: ...; runtime: ...; }`. */
    keyedExecutionParameter() {
        const start = this.pos;
        this.pos += 2; // executions [
        const key = this.stringValue();
        this.expect(T.BRACKET_CLOSE);
        this.expect(T.COLON);
        this.expect(T.BRACE_OPEN);
        const fields = new FieldCounter();
        let mapping;
        let runtime;
        while (this.k() !== T.BRACE_CLOSE) {
            const field = this.executionKey(['mapping', 'runtime']);
            fields.add(field);
            if (field === 'mapping')
                mapping = this.pathField();
            else
                runtime = this.runtime();
        }
        this.expect(T.BRACE_CLOSE);
        const siAlways = this.siAlways(start, this.last);
        this.required(fields, 'mapping', siAlways);
        this.required(fields, 'runtime', siAlways);
        const p = { key, mapping: mapping.path, runtime: runtime };
        if (mapping.si)
            p.mappingSourceInformation = mapping.si;
        return this.withSi(p, this.si(start, this.last));
    }
    /** `runtime: a::Runtime;` or `runtime: #{ mappings: [...]; connections: [...]; }#;`. */
    runtime() {
        if (this.k() !== T.ISLAND) {
            const s = this.pos;
            const runtime = this.qualifiedName();
            const ptr = this.withSi({ _type: 'runtimePointer', runtime }, this.si(s, this.last));
            this.expect(T.SEMI_COLON);
            return ptr;
        }
        const islandTok = this.pos;
        const inner = openIsland(this);
        this.expect(T.SEMI_COLON);
        if (inner.atEnd())
            this.error('Embedded runtime must not be empty', this.siAlways(islandTok, this.last));
        const first = inner.pos;
        const value = runtimeBody(inner, false, true, () => inner.siAlways(first, Math.max(first, inner.last)));
        if (!inner.atEnd())
            inner.unexpected();
        return inner.withSi(value, inner.si(first, inner.last));
    }
    // --------------------------------------------------------------------------------------------- test suites
    testSuites() {
        this.expect(T.BRACKET_OPEN);
        const suites = [];
        if (this.k() !== T.BRACKET_CLOSE) {
            do
                suites.push(this.testSuite());
            while (this.accept(T.COMMA));
        }
        this.expect(T.BRACKET_CLOSE);
        return suites;
    }
    testSuite() {
        const start = this.pos;
        const id = this.identifier();
        const suite = { _type: 'serviceTestSuite', id, tests: [] };
        if (this.accept(T.COLON))
            this.braceSuiteBody(start, suite);
        else
            this.flatSuiteBody(suite);
        return this.withSi(suite, this.si(start, this.last));
    }
    /** `id: { data: [ connections: [...] ] tests: [ ... ] }`. */
    braceSuiteBody(start, suite) {
        this.expect(T.BRACE_OPEN);
        const fields = new FieldCounter();
        let data;
        let tests;
        while (this.k() !== T.BRACE_CLOSE) {
            const key = this.executionKey(['data', 'tests']);
            fields.add(key);
            if (key === 'data')
                data = this.suiteData(this.pos - 2);
            else
                tests = this.list(() => this.braceTest());
        }
        this.expect(T.BRACE_CLOSE);
        const siAlways = this.siAlways(start, this.last);
        this.optional(fields, 'data', siAlways);
        if (data)
            suite.testData = data;
        this.required(fields, 'tests', siAlways);
        suite.tests = tests;
    }
    /** `data: [ connections: [ id: Data #{...}#, ... ] ]`. */
    suiteData(start) {
        this.expect(T.BRACKET_OPEN);
        let connections;
        let count = 0;
        while (this.k() !== T.BRACKET_CLOSE) {
            this.executionKey(['connections']);
            count++;
            connections = this.list(() => this.connectionTestData());
        }
        this.expect(T.BRACKET_CLOSE);
        const siAlways = this.siAlways(start, this.last);
        if (count > 1)
            this.error("Field 'connections' should be specified only once", siAlways);
        const data = {};
        if (connections)
            data.connectionsTestData = connections;
        return this.withSi(data, this.si(start, this.last));
    }
    connectionTestData() {
        const start = this.pos;
        const id = this.qualifiedName();
        this.expect(T.COLON);
        const data = parseEmbeddedData(this);
        return this.withSi({ id, data }, this.si(start, this.last));
    }
    /** `id: { serializationFormat: X; parameters: [ a = 1 ] keys: ['k']; asserts: [ id: EqualToJson #{...}# ] }`. */
    braceTest() {
        const start = this.pos;
        const id = this.identifier();
        this.expect(T.COLON);
        this.expect(T.BRACE_OPEN);
        const fields = new FieldCounter();
        const test = { _type: 'serviceTest', id, keys: [], assertions: [] };
        let parameters;
        let keys;
        let serializationFormat;
        let asserts;
        while (this.k() !== T.BRACE_CLOSE) {
            const key = this.executionKey(['parameters', 'serializationFormat', 'keys', 'asserts']);
            fields.add(key);
            if (key === 'parameters')
                parameters = this.list(() => this.testParameter());
            else if (key === 'serializationFormat') {
                serializationFormat = this.identifier();
                this.expect(T.SEMI_COLON);
            }
            else if (key === 'keys') {
                this.expect(T.BRACKET_OPEN);
                keys = [this.stringValue()];
                while (this.accept(T.COMMA))
                    keys.push(this.stringValue());
                this.expect(T.BRACKET_CLOSE);
                this.expect(T.SEMI_COLON);
            }
            else {
                asserts = this.list(() => {
                    const aid = this.identifier();
                    this.expect(T.COLON);
                    const a = parseTestAssertion(this);
                    a.id = aid;
                    return a;
                });
            }
        }
        this.expect(T.BRACE_CLOSE);
        const siAlways = this.siAlways(start, this.last);
        this.optional(fields, 'serializationFormat', siAlways);
        if (serializationFormat !== undefined)
            test.serializationFormat = serializationFormat;
        this.optional(fields, 'parameters', siAlways);
        if (parameters)
            test.parameters = parameters;
        this.optional(fields, 'keys', siAlways);
        test.keys = keys ?? [];
        this.required(fields, 'asserts', siAlways);
        test.assertions = asserts;
        return this.withSi(test, this.si(start, this.last));
    }
    /** `name = primitiveValue` (the engine keeps no position for the pair itself). */
    testParameter() {
        const name = this.identifier();
        this.expect(T.EQUAL);
        return { name, value: this.primitiveValue() };
    }
    /** `id 'doc'? ( data statements; atomic tests; )`. */
    flatSuiteBody(suite) {
        const bodyStart = this.pos;
        if (this.k() === T.STRING)
            suite.doc = this.stringValue();
        this.expect(T.PAREN_OPEN);
        const resolvers = [];
        const tests = [];
        while (this.k() !== T.PAREN_CLOSE) {
            if (this.atEnd())
                this.unexpected([T.PAREN_CLOSE]);
            if (this.isDataStatementAhead())
                resolvers.push(this.dataStatement());
            else
                tests.push(this.atomicTest());
        }
        this.expect(T.PAREN_CLOSE);
        if (resolvers.length > 0)
            suite.testData = this.withSi({ serviceTestData: resolvers }, this.si(bodyStart, this.last));
        suite.tests = tests;
    }
    /** `a::b;` or `a::b: Type #{...}#;` (rather than an atomic test `id ... => ...;`). */
    isDataStatementAhead() {
        let i = this.pos;
        if (!this.isIdentifier())
            return false;
        i++;
        while (this.kindAt(i) === T.PATH_SEPARATOR)
            i += 2;
        const k = this.kindAt(i);
        if (k === T.SEMI_COLON)
            return true;
        return k === T.COLON && this.kindAt(i + 2) === T.ISLAND;
    }
    dataStatement() {
        const resolver = parseDataResolver(this);
        this.expect(T.SEMI_COLON);
        return resolver;
    }
    /** `id 'doc'? (a = 1, b = 2)? ['k']? (: FORMAT)? => ExternalFormat #{...}#;`. */
    atomicTest() {
        const start = this.pos;
        const id = this.identifier();
        const test = { _type: 'serviceTest', id, keys: [], assertions: [] };
        if (this.k() === T.STRING)
            test.doc = this.stringValue();
        if (this.accept(T.PAREN_OPEN)) {
            const parameters = [this.testParameter()];
            while (this.accept(T.COMMA))
                parameters.push(this.testParameter());
            this.expect(T.PAREN_CLOSE);
            test.parameters = parameters;
        }
        if (this.accept(T.BRACKET_OPEN)) {
            const keys = [this.stringValue()];
            while (this.accept(T.COMMA))
                keys.push(this.stringValue());
            this.expect(T.BRACKET_CLOSE);
            test.keys = keys;
        }
        if (this.accept(T.COLON))
            test.serializationFormat = this.identifier();
        this.expect(T.EQUAL);
        this.expect(T.GREATER_THAN);
        const dataStart = this.pos;
        if (this.isWord('Relation') && this.k(1) === T.ISLAND) {
            this.errorAt('Relation assertions in service tests are not supported by the embedded engine', dataStart, dataStart + 1);
        }
        const expected = parseEmbeddedData(this);
        const si = this.si(dataStart, this.last);
        if (expected._type !== 'externalFormat') {
            this.errorAt("Service atomic test '=> ...' expects Relation or ExternalFormat embedded data as the expected result; got: " + expected._type, dataStart, this.last);
        }
        test.assertions = [this.withSi({ _type: 'equalToJson', id: 'default', expected }, si)];
        this.expect(T.SEMI_COLON);
        return this.withSi(test, this.si(start, this.last));
    }
    // --------------------------------------------------------------------------------------------- legacy test
    /** `test: Single { data: '...'; asserts: [ { [params], lambda } ]; }` or `Multi { tests['k']: {...} }`. */
    legacyTest() {
        const start = this.pos;
        if (this.acceptWord('Single')) {
            this.expect(T.BRACE_OPEN);
            const body = this.legacyTestBody(start);
            this.expect(T.BRACE_CLOSE);
            return this.withSi({ _type: 'singleExecutionTest', ...body }, this.si(start, this.last));
        }
        if (this.acceptWord('Multi')) {
            this.expect(T.BRACE_OPEN);
            const tests = [];
            while (this.k() !== T.BRACE_CLOSE) {
                const s = this.pos;
                this.expectWord('tests');
                this.expect(T.BRACKET_OPEN);
                const key = this.stringValue();
                this.expect(T.BRACKET_CLOSE);
                this.expect(T.COLON);
                this.expect(T.BRACE_OPEN);
                const body = this.legacyTestBody(s);
                this.expect(T.BRACE_CLOSE);
                tests.push(this.withSi({ key, ...body }, this.si(s, this.last)));
            }
            this.expect(T.BRACE_CLOSE);
            return this.withSi({ _type: 'multiExecutionTest', tests }, this.si(start, this.last));
        }
        return this.unexpected([], ['Single', 'Multi']);
    }
    legacyTestBody(start) {
        const fields = new FieldCounter();
        let data;
        let asserts;
        while (this.k() !== T.BRACE_CLOSE) {
            const key = this.executionKey(['data', 'asserts']);
            fields.add(key);
            if (key === 'data')
                data = this.stringValue();
            else
                asserts = this.list(() => this.testContainer());
            this.expect(T.SEMI_COLON);
        }
        const siAlways = this.siAlways(start, this.pos);
        this.required(fields, 'data', siAlways);
        this.optional(fields, 'asserts', siAlways);
        return { data: data, asserts: asserts ?? [] };
    }
    /** `{ [param, list([...])], lambda }`. */
    testContainer() {
        const start = this.expect(T.BRACE_OPEN);
        this.expect(T.BRACKET_OPEN);
        const parametersValues = [];
        if (this.k() !== T.BRACKET_CLOSE) {
            do
                parametersValues.push(this.legacyParameter());
            while (this.accept(T.COMMA));
        }
        this.expect(T.BRACKET_CLOSE);
        this.expect(T.COMMA);
        const assertion = this.asLambda(this.combinedExpression());
        this.expect(T.BRACE_CLOSE);
        return this.withSi({ parametersValues, assert: assertion }, this.si(start, this.last));
    }
    legacyParameter() {
        if (this.isWord('list') && this.k(1) === T.PAREN_OPEN) {
            const start = this.pos;
            this.pos += 2;
            this.expect(T.BRACKET_OPEN);
            const values = [];
            if (this.k() !== T.BRACKET_CLOSE) {
                do
                    values.push(this.primitiveValue());
                while (this.accept(T.COMMA));
            }
            this.expect(T.BRACKET_CLOSE);
            this.expect(T.PAREN_CLOSE);
            const si = this.si(start, this.last);
            return this.withSi({ _type: 'classInstance', type: 'listInstance', value: this.withSi({ values }, si) }, si);
        }
        return this.primitiveValue();
    }
    // --------------------------------------------------------------------------------------------- post validations
    postValidations() {
        return this.list(() => this.postValidation());
    }
    /** `{ description: '...'; params: [ lambda, ... ]; assertions: [ id: lambda, ... ]; }`. */
    postValidation() {
        const start = this.expect(T.BRACE_OPEN);
        const fields = new FieldCounter();
        let description;
        let parameters;
        let assertions;
        while (this.k() !== T.BRACE_CLOSE) {
            const key = this.executionKey(['description', 'params', 'assertions']);
            fields.add(key);
            if (key === 'description')
                description = this.stringValue();
            else if (key === 'params')
                parameters = this.list(() => this.asLambda(this.combinedExpression()));
            else {
                assertions = this.list(() => {
                    const s = this.pos;
                    const id = this.identifier();
                    this.expect(T.COLON);
                    const assertion = this.asLambda(this.combinedExpression());
                    return this.withSi({ id, assertion }, this.si(s, this.last));
                });
            }
            this.expect(T.SEMI_COLON);
        }
        this.expect(T.BRACE_CLOSE);
        const siAlways = this.siAlways(start, this.last);
        this.required(fields, 'description', siAlways);
        this.required(fields, 'params', siAlways);
        this.required(fields, 'assertions', siAlways);
        return this.withSi({ description: description, parameters: parameters, assertions: assertions }, this.si(start, this.last));
    }
    // --------------------------------------------------------------------------------------------- execution environments
    /** `ExecutionEnvironment a::Env { executions: [ KEY: { mapping: ...; runtime: ...; }, ... ]; }`. */
    executionEnvironment() {
        const start = this.next();
        const path = this.qualifiedName();
        this.expect(T.BRACE_OPEN);
        const execStart = this.pos;
        this.executionKey(['executions']);
        const params = this.list(() => {
            if (this.isIdentifier() && this.k(1) === T.COLON && this.k(2) === T.BRACKET_OPEN)
                return this.multiExecutionParameters();
            return this.singleExecutionParameters();
        });
        if (params.length === 0)
            this.error("Field 'executions' is required", this.siAlways(execStart, this.last));
        this.expect(T.SEMI_COLON);
        this.expect(T.BRACE_CLOSE);
        const env = { _type: 'executionEnvironmentInstance', ...splitPath(path), executionParameters: params };
        return this.withSi(env, this.si(start, this.last));
    }
    multiExecutionParameters() {
        const start = this.pos;
        const masterKey = this.identifier();
        this.expect(T.COLON);
        const singles = this.list(() => this.singleExecutionParameters());
        if (singles.length === 0)
            this.error("Field 'executions' is required", this.siAlways(start, this.last));
        return { _type: 'multiExecutionParameters', masterKey, singleExecutionParameters: singles };
    }
    singleExecutionParameters() {
        const start = this.pos;
        const key = this.identifier();
        this.expect(T.COLON);
        this.expect(T.BRACE_OPEN);
        // `mapping: ...;` first, then one or more `runtime` / `runtimeComponents`, in that order (the grammar's)
        const fields = new FieldCounter();
        this.executionKey(['mapping']);
        const mapping = this.pathField();
        let runtime;
        let components;
        do {
            const field = this.executionKey(['runtime', 'runtimeComponents']);
            fields.add(field);
            if (field === 'runtime')
                runtime = this.runtime();
            else
                components = this.runtimeComponents();
        } while (this.k() !== T.BRACE_CLOSE);
        this.expect(T.BRACE_CLOSE);
        const siAlways = this.siAlways(start, this.last);
        if (key.includes(' '))
            this.error('Execution param key cannot contain spaces. Invalid Key: ' + key, siAlways);
        this.optional(fields, 'runtime', siAlways);
        this.optional(fields, 'runtimeComponents', siAlways);
        const p = { _type: 'singleExecutionParameters', key, mapping: mapping.path };
        if (mapping.si)
            p.mappingSourceInformation = mapping.si;
        if (runtime)
            p.runtime = runtime;
        if (components)
            p.runtimeComponents = components;
        return this.withSi(p, this.si(start, this.last));
    }
    /** `{ class: a::C; binding: a::B; runtime: a::R; }`. */
    runtimeComponents() {
        const start = this.pos;
        this.expect(T.BRACE_OPEN);
        let runtime;
        let clazz;
        let binding;
        while (this.k() !== T.BRACE_CLOSE) {
            const s = this.pos;
            const field = this.executionKey(['runtime', 'class', 'binding']);
            const p = this.qualifiedName();
            this.expect(T.SEMI_COLON);
            const si = this.si(s, this.last);
            if (field === 'runtime')
                runtime ??= this.withSi({ _type: 'runtimePointer', runtime: p }, si);
            else if (field === 'class')
                clazz ??= this.withSi({ type: 'CLASS', path: p }, si);
            else
                binding ??= this.withSi({ type: 'BINDING', path: p }, si);
        }
        this.expect(T.BRACE_CLOSE);
        const siAlways = this.siAlways(start, this.last);
        if (!runtime)
            this.error("Field 'runtime' is required", siAlways);
        if (!clazz)
            this.error("Field 'class' is required", siAlways);
        if (!binding)
            this.error("Field 'binding' is required", siAlways);
        return { runtime, clazz, binding };
    }
}

;// CONCATENATED MODULE: ./src/pure/grammar/dataParser.ts




class DataParser extends DomainParser {
    parseSection() {
        const elements = [];
        while (!this.atEnd())
            elements.push(this.dataElement());
        return { elements, imports: [], defaultSection: true };
    }
    /** `'''doc''' Data <<p.s>> {p.t = 'v'} a::b { Type #{...}#  a::c: Type #{...}#;  a::d; }`. */
    dataElement() {
        const start = this.pos;
        let doc;
        if (this.k() === T.STRING)
            doc = this.next();
        this.expectWord('Data');
        const { stereotypes, taggedValues } = this.annotations();
        const path = this.qualifiedName();
        this.expect(T.BRACE_OPEN);
        const element = { _type: 'dataElement', ...splitPath(path), stereotypes, taggedValues: [] };
        if (this.isIdentifier() && this.k(1) === T.ISLAND)
            element.data = parseEmbeddedData(this);
        const resolvers = [];
        while (this.k() !== T.BRACE_CLOSE) {
            if (this.atEnd())
                this.unexpected([T.BRACE_CLOSE]);
            resolvers.push(parseDataResolver(this));
            this.expect(T.SEMI_COLON);
        }
        this.expect(T.BRACE_CLOSE);
        element.taggedValues = this.withDocumentation(doc, taggedValues);
        if (resolvers.length > 0)
            element.dataResolvers = resolvers;
        return this.withSi(element, this.si(start, this.last));
    }
}

;// CONCATENATED MODULE: ./src/pure/grammar/sectionParsers.ts






const SECTION_PARSERS = {
    Pure: (src, ts, opts, settings) => {
        const p = new DomainParser(src, ts, opts);
        p.domainOptions = { constraintThisParameter: settings.constraintThisParameter };
        return p;
    },
    Mapping: (src, ts, opts) => new MappingParser(src, ts, opts),
    Relational: (src, ts, opts) => new RelationalParser(src, ts, opts),
    Connection: (src, ts, opts) => new ConnectionParser(src, ts, opts),
    Runtime: (src, ts, opts) => new RuntimeParser(src, ts, opts),
    Service: (src, ts, opts) => new ServiceParser(src, ts, opts),
    Data: (src, ts, opts) => new DataParser(src, ts, opts),
};
/** Sections a Legend engine parses but this embedded engine does not (reported by name, never skipped). */
const UNSUPPORTED_SECTIONS = new Set([
    'DataSpace',
    'Diagram',
    'ExternalFormat',
    'FileGeneration',
    'GenerationSpecification',
    'Persistence',
    'PersistenceContext',
    'ServiceStore',
    'Text',
    'DataQualityValidation',
    'HostedService',
    'Snowflake',
    'BigQuery',
    'MemSqlFunction',
    'Mastery',
    'MongoDB',
    'ElasticSearch',
    'Graph',
    'FlatData',
    'GraphQL',
    'Deephaven',
    'ExecutionEnvironment',
    'Iceberg',
    'FunctionJar',
    'PowerBI',
    'RelationalAI',
    'Morphir',
    'Authentication',
]);

;// CONCATENATED MODULE: ./src/pure/grammar/parse.ts
/**
 * Grammar text → PureModelContextData, as the engine's `grammarToJson`: sections are parsed in order, every
 * element lands in `elements`, and a `__internal__::SectionIndex` element records each section's parser name,
 * imports and element paths.
 */





function parsePureGrammar(text, options = {}) {
    const opts = {
        sourceId: options.sourceId ?? '',
        returnSourceInformation: options.returnSourceInformation ?? true,
    };
    const constraintThisParameter = options.constraintThisParameter ?? true;
    const elements = [];
    const sections = [];
    for (const slice of splitSections(text, opts.sourceId)) {
        const factory = SECTION_PARSERS[slice.parserName];
        if (!factory)
            throw unknownSection(slice, opts.sourceId);
        let result;
        try {
            const ts = tokenize(text, slice.contentStart, slice.contentEnd, slice.contentLine, 0);
            result = factory(text, ts, opts, { constraintThisParameter }).parseSection();
        }
        catch (e) {
            throw asParserError(e, slice.sourceInformation);
        }
        const paths = distinct(result.elements.map(context/* elementPath */.y));
        elements.push(...result.elements);
        const section = result.defaultSection
            ? { _type: 'default', parserName: slice.parserName, elements: paths }
            : { _type: 'importAware', parserName: slice.parserName, elements: paths, imports: distinct(result.imports) };
        if (opts.returnSourceInformation)
            section.sourceInformation = slice.sourceInformation;
        sections.push(section);
    }
    const index = { _type: 'sectionIndex', package: '__internal__', name: 'SectionIndex', sections };
    elements.push(index);
    return { _type: 'data', elements };
}
function distinct(values) {
    return [...new Set(values)];
}
function unknownSection(slice, sourceId) {
    const header = slice.header;
    const si = {
        sourceId,
        startLine: header.line,
        startColumn: header.startColumn,
        endLine: header.line,
        endColumn: header.endColumn,
    };
    if (UNSUPPORTED_SECTIONS.has(slice.parserName)) {
        return new engineError/* EngineError */.N(`Section '###${slice.parserName}' is not supported by the embedded engine; configure a Legend engine URL to parse it`, 'PARSER', si);
    }
    return new engineError/* EngineError */.N(`'${slice.parserName}' is not a known section parser`, 'PARSER', si);
}
/**
 * Any failure inside a section becomes a PARSER error: the engine does the same (an unexpected exception is
 * reported with the section's position), and deep nesting (call stack exhaustion) is reported the same way.
 */
function asParserError(e, sectionSi) {
    if (e instanceof engineError/* EngineError */.N)
        return e;
    const wrapped = e instanceof RangeError
        ? new engineError/* EngineError */.N('Expression nesting is too deep to parse', 'PARSER', sectionSi)
        : new engineError/* EngineError */.N((e instanceof Error ? e.message : String(e)) || 'Unsupported syntax', 'PARSER', sectionSi);
    // the original failure stays reachable for diagnosis (and for tests that look for internal errors)
    wrapped.cause = e;
    return wrapped;
}


/***/ }),

/***/ 1722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ canonicalizeDocumentation),
/* harmony export */   F3: () => (/* binding */ renderTextBlock),
/* harmony export */   Jh: () => (/* binding */ fromGrammarString),
/* harmony export */   Ov: () => (/* binding */ quoteString),
/* harmony export */   ZB: () => (/* binding */ quoteRaw),
/* harmony export */   zS: () => (/* binding */ isTextBlock)
/* harmony export */ });
/* unused harmony exports unescapeJava, escapeJava, processTextBlock */
/**
 * String literal conversions between grammar text and values, with Legend's semantics: Java-style escapes
 * (`\n`, `\'`, `\u0041`, octal), and `'''` text blocks with Java text-block indentation stripping.
 */
function isHex(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
/**
 * Java `StringEscapeUtils.unescapeJava` semantics: known escapes are translated, `\uHHHH` (also `\uuuHHHH`),
 * octal `\0`..`\377`; a backslash before any other character is dropped.
 */
function unescapeJava(s) {
    if (s.indexOf('\\') < 0)
        return s;
    let out = '';
    let i = 0;
    const n = s.length;
    while (i < n) {
        const c = s.charCodeAt(i);
        if (c !== 92 || i + 1 >= n) {
            out += s[i];
            i++;
            continue;
        }
        const d = s[i + 1];
        const dc = s.charCodeAt(i + 1);
        if (dc >= 48 && dc <= 55) {
            // octal: up to 3 digits, a 3-digit form only when the first digit is 0..3
            let j = i + 2;
            const maxLen = dc <= 51 ? 3 : 2;
            while (j < n && j - (i + 1) < maxLen && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 55)
                j++;
            out += String.fromCharCode(parseInt(s.slice(i + 1, j), 8));
            i = j;
            continue;
        }
        if (d === 'u') {
            let j = i + 1;
            while (j < n && s[j] === 'u')
                j++;
            if (j + 4 <= n && isHex(s.charCodeAt(j)) && isHex(s.charCodeAt(j + 1)) && isHex(s.charCodeAt(j + 2)) && isHex(s.charCodeAt(j + 3))) {
                out += String.fromCharCode(parseInt(s.slice(j, j + 4), 16));
                i = j + 4;
                continue;
            }
            // an incomplete unicode escape: keep it as written (Java would fail; the lexer accepts it)
            out += '\\u';
            i += 2;
            continue;
        }
        switch (d) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case '\\':
                out += '\\';
                break;
            case "'":
                out += "'";
                break;
            case '"':
                out += '"';
                break;
            default:
                // a lone backslash is dropped, the next character kept
                out += d;
        }
        i += 2;
    }
    return out;
}
function hex4(c) {
    return '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
}
/** Java `StringEscapeUtils.escapeJava`: `"` and `\` escaped, control characters as `\n`-style or `\uHHHH`, non-ASCII as `\uHHHH`. */
function escapeJava(s) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 34)
            out += '\\"';
        else if (c === 92)
            out += '\\\\';
        else if (c >= 32 && c < 127)
            out += s[i];
        else if (c === 8)
            out += '\\b';
        else if (c === 10)
            out += '\\n';
        else if (c === 9)
            out += '\\t';
        else if (c === 12)
            out += '\\f';
        else if (c === 13)
            out += '\\r';
        else
            out += hex4(c);
    }
    return out;
}
/** A grammar string literal `'...'` for a value, escaped as Legend's composer does (`convertString(val, true)`). */
function quoteString(value) {
    return "'" + escapeJava(value).replace(/'/g, "\\'").replace(/\\"/g, '"') + "'";
}
/** A literal written without escaping (`convertString(val, false)`), used where the parser does not unescape. */
function quoteRaw(value) {
    return "'" + value + "'";
}
/** True when a STRING token is a `'''` text block: `'''`, optional spaces/tabs, a line break, ..., `'''`. */
function isTextBlock(raw) {
    if (raw.length < 7 || !raw.startsWith("'''") || !raw.endsWith("'''"))
        return false;
    let i = 3;
    while (i < raw.length && (raw[i] === ' ' || raw[i] === '\t'))
        i++;
    if (i < raw.length && raw[i] === '\r')
        i++;
    return i < raw.length && raw[i] === '\n';
}
function isJavaWhitespace(c) {
    return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
}
function leadingWhitespace(line) {
    let n = 0;
    while (n < line.length && isJavaWhitespace(line.charCodeAt(n)))
        n++;
    return n;
}
function stripTrailing(line) {
    let end = line.length;
    while (end > 0 && isJavaWhitespace(line.charCodeAt(end - 1)))
        end--;
    return end === line.length ? line : line.slice(0, end);
}
/** The value of a `'''` text block: drop the opening line and closing quotes, strip common indentation and trailing blanks. */
function processTextBlock(raw, unescape) {
    const normalized = raw.replace(/\r\n/g, '\n').replace(/\r/g, '\n');
    const body = normalized.slice(normalized.indexOf('\n') + 1, normalized.length - 3);
    const lines = body.split('\n');
    let minIndent = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const lead = leadingWhitespace(line);
        if (lead < line.length || i === lines.length - 1)
            minIndent = Math.min(minIndent, lead);
    }
    if (minIndent === Number.MAX_SAFE_INTEGER)
        minIndent = 0;
    const result = lines.map((l) => stripTrailing(l.slice(Math.min(minIndent, l.length)))).join('\n');
    return unescape ? unescapeJava(result) : result;
}
/** The documentation value of a `'''` block: the text-block layout, no unescaping, surrounding blank lines removed. */
function canonicalizeDocumentation(raw) {
    const lines = processTextBlock(raw, false).split('\n');
    let start = 0;
    let end = lines.length;
    while (start < end && lines[start] === '')
        start++;
    while (end > start && lines[end - 1] === '')
        end--;
    return lines.slice(start, end).join('\n');
}
/** Grammar string token → value (`fromGrammarString`): text blocks processed, quotes removed, optionally unescaped. */
function fromGrammarString(raw, unescape) {
    if (isTextBlock(raw))
        return processTextBlock(raw, unescape);
    const v = unescape ? unescapeJava(raw) : raw;
    return v.slice(1, v.length - 1);
}
// ----------------------------------------------------------------------------------------------- composer side
function trailingWhitespaceStart(line, leading) {
    let end = line.length;
    while (end > leading && isJavaWhitespace(line.charCodeAt(end - 1)))
        end--;
    return end;
}
function escapeTextBlockLine(line, escapeLeading, escapeQuotes) {
    const leading = leadingWhitespace(line);
    const allWhitespace = leading === line.length && line.length > 0;
    const trailingFrom = allWhitespace ? line.length - 1 : trailingWhitespaceStart(line, leading);
    let out = '';
    for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (i >= trailingFrom || (i === 0 && (allWhitespace || (escapeLeading && leading > 0)))) {
            out += '\\u' + c.toString(16).padStart(4, '0');
        }
        else if (c === 92)
            out += '\\\\';
        else if (c === 13)
            out += '\\r';
        else if (c === 39 && escapeQuotes)
            out += "\\'";
        else
            out += line[i];
    }
    return out;
}
/** A multi-line string value written back as a `'''` block that reads back unchanged. */
function renderTextBlock(value, indent) {
    const closeOnOwnLine = value.endsWith('\n');
    const escapeQuotes = value.includes("'''");
    const lines = (closeOnOwnLine ? value.slice(0, -1) : value).split('\n');
    let out = "'''\n";
    for (let i = 0; i < lines.length; i++) {
        out += indent + escapeTextBlockLine(lines[i], !closeOnOwnLine, escapeQuotes);
        if (i < lines.length - 1)
            out += '\n';
    }
    if (closeOnOwnLine)
        out += '\n' + indent;
    return out + "'''";
}


/***/ }),

/***/ 9516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ elementPath)
/* harmony export */ });
/** `package::name`, or just `name` for an element without a package. */
function elementPath(element) {
    return element.package ? `${element.package}::${element.name}` : element.name;
}


/***/ }),

/***/ 5103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ EngineError),
/* harmony export */   V: () => (/* binding */ isEngineError)
/* harmony export */ });
/**
 * An error in the shape of the Legend engine's error response. Thrown by the parser (errorType PARSER) and by
 * the compiler (COMPILATION); `toJSON()` gives exactly the engine's wire shape.
 */
class EngineError extends Error {
    status = 'error';
    errorType;
    sourceInformation;
    constructor(message, errorType, sourceInformation) {
        super(message);
        this.name = 'EngineError';
        this.errorType = errorType;
        this.sourceInformation = sourceInformation;
    }
    toJSON() {
        const json = { status: 'error', message: this.message, errorType: this.errorType };
        if (this.sourceInformation)
            json.sourceInformation = { ...this.sourceInformation };
        return json;
    }
}
function isEngineError(value) {
    return value instanceof EngineError;
}


/***/ })

};
