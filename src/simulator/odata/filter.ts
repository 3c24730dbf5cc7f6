/**
 * OData `$filter`: a real parser (tokens → AST) for the subset Graph accepts, a validator that checks the AST against
 * what one endpoint supports (properties, operators, advanced-query rules), and a compiler to a predicate.
 * Anything outside the subset is a FilterError, which the server answers with 400 in Graph's envelope — as Graph does.
 *
 * Grammar (precedence low → high):
 *   or      := and ('or' and)*
 *   and     := unary ('and' unary)*
 *   unary   := 'not' unary | compare
 *   compare := primary (('eq'|'ne'|'gt'|'ge'|'lt'|'le') primary | 'in' '(' literal (',' literal)* ')')?
 *   primary := '(' or ')' | literal | name '(' args ')' | path ('/' ('any'|'all') '(' [var ':' or] ')' | '/$count')?
 * https://learn.microsoft.com/graph/filter-query-parameter
 */

export class FilterError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FilterError';
	}
}

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type LiteralType = 'string' | 'number' | 'boolean' | 'null' | 'datetime' | 'guid';
export type FunctionName = 'startswith' | 'endswith' | 'contains';

export type Expr =
	| {readonly kind: 'literal'; readonly type: LiteralType; readonly value: string | number | boolean | null}
	| {readonly kind: 'path'; readonly segments: readonly string[]}
	| {readonly kind: 'count'; readonly path: readonly string[]}
	| {readonly kind: 'compare'; readonly op: CompareOp; readonly left: Expr; readonly right: Expr}
	| {readonly kind: 'in'; readonly left: Expr; readonly values: readonly LiteralExpr[]}
	| {readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr}
	| {readonly kind: 'not'; readonly expr: Expr}
	| {readonly kind: 'call'; readonly name: FunctionName; readonly args: readonly Expr[]}
	| {
			readonly kind: 'lambda';
			readonly op: 'any' | 'all';
			readonly collection: readonly string[];
			readonly variable: string | null;
			readonly predicate: Expr | null;
	  };

export type LiteralExpr = Extract<Expr, {kind: 'literal'}>;

type Token =
	| {t: 'punct'; v: '(' | ')' | ',' | '/' | ':'; at: number}
	| {t: 'string'; v: string; at: number}
	| {t: 'number'; v: number; at: number}
	| {t: 'datetime'; v: string; at: number}
	| {t: 'guid'; v: string; at: number}
	| {t: 'word'; v: string; at: number};

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])/;
const DATETIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2}))?(?![\w:])/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w.])/;
const WORD = /^[A-Za-z_$][A-Za-z0-9_]*/;

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < text.length) {
		const ch = text[i]!;
		if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
			i++;
			continue;
		}
		if (ch === '(' || ch === ')' || ch === ',' || ch === '/' || ch === ':') {
			tokens.push({t: 'punct', v: ch, at: i});
			i++;
			continue;
		}
		if (ch === "'") {
			// OData escapes a quote inside a string by doubling it: 'O''Brien'.
			let value = '';
			let j = i + 1;
			for (;;) {
				if (j >= text.length) throw new FilterError(`Unterminated string literal at position ${i}.`);
				if (text[j] === "'") {
					if (text[j + 1] === "'") {
						value += "'";
						j += 2;
						continue;
					}
					break;
				}
				value += text[j];
				j++;
			}
			tokens.push({t: 'string', v: value, at: i});
			i = j + 1;
			continue;
		}
		const rest = text.slice(i);
		const guid = GUID.exec(rest);
		if (guid) {
			tokens.push({t: 'guid', v: guid[0].toLowerCase(), at: i});
			i += guid[0].length;
			continue;
		}
		const datetime = DATETIME.exec(rest);
		if (datetime) {
			tokens.push({t: 'datetime', v: datetime[0], at: i});
			i += datetime[0].length;
			continue;
		}
		const number = NUMBER.exec(rest);
		if (number) {
			tokens.push({t: 'number', v: Number(number[0]), at: i});
			i += number[0].length;
			continue;
		}
		const word = WORD.exec(rest);
		if (word) {
			tokens.push({t: 'word', v: word[0], at: i});
			i += word[0].length;
			continue;
		}
		throw new FilterError(`Syntax error: character '${ch}' is not valid at position ${i}.`);
	}
	return tokens;
}

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set<string>(['startswith', 'endswith', 'contains']);
const RESERVED = new Set<string>(['and', 'or', 'not', 'in', ...COMPARE_OPS]);

class Parser {
	private pos = 0;
	constructor(
		private readonly tokens: Token[],
		private readonly text: string,
	) {}

	parse(): Expr {
		if (this.tokens.length === 0) throw new FilterError('The $filter expression is empty.');
		const expr = this.parseOr();
		const extra = this.peek();
		if (extra) throw new FilterError(`Syntax error at position ${extra.at} in '${this.text}'.`);
		return expr;
	}

	private peek(offset = 0): Token | undefined {
		return this.tokens[this.pos + offset];
	}

	private isWord(token: Token | undefined, word: string): boolean {
		return token?.t === 'word' && token.v.toLowerCase() === word;
	}

	private isPunct(token: Token | undefined, p: string): boolean {
		return token?.t === 'punct' && token.v === p;
	}

	private expectPunct(p: string): void {
		const token = this.peek();
		if (!this.isPunct(token, p)) {
			throw new FilterError(
				token
					? `Syntax error: expected '${p}' at position ${token.at} in '${this.text}'.`
					: `Syntax error: expected '${p}' at the end of '${this.text}'.`,
			);
		}
		this.pos++;
	}

	private parseOr(): Expr {
		let left = this.parseAnd();
		while (this.isWord(this.peek(), 'or')) {
			this.pos++;
			left = {kind: 'or', left, right: this.parseAnd()};
		}
		return left;
	}

	private parseAnd(): Expr {
		let left = this.parseUnary();
		while (this.isWord(this.peek(), 'and')) {
			this.pos++;
			left = {kind: 'and', left, right: this.parseUnary()};
		}
		return left;
	}

	private parseUnary(): Expr {
		if (this.isWord(this.peek(), 'not')) {
			this.pos++;
			return {kind: 'not', expr: this.parseUnary()};
		}
		return this.parseCompare();
	}

	private parseCompare(): Expr {
		const left = this.parsePrimary();
		const next = this.peek();
		if (next?.t === 'word' && COMPARE_OPS.has(next.v.toLowerCase())) {
			this.pos++;
			const right = this.parsePrimary();
			return {kind: 'compare', op: next.v.toLowerCase() as CompareOp, left, right};
		}
		if (this.isWord(next, 'in')) {
			this.pos++;
			this.expectPunct('(');
			const values: LiteralExpr[] = [];
			for (;;) {
				const value = this.parsePrimary();
				if (value.kind !== 'literal') throw new FilterError("The 'in' operator takes a list of literal values.");
				values.push(value);
				if (this.isPunct(this.peek(), ',')) {
					this.pos++;
					continue;
				}
				break;
			}
			this.expectPunct(')');
			return {kind: 'in', left, values};
		}
		return left;
	}

	private parsePrimary(): Expr {
		const token = this.peek();
		if (!token) throw new FilterError(`Syntax error: the expression '${this.text}' ends too early.`);
		if (this.isPunct(token, '(')) {
			this.pos++;
			const inner = this.parseOr();
			this.expectPunct(')');
			return inner;
		}
		switch (token.t) {
			case 'string':
				this.pos++;
				return {kind: 'literal', type: 'string', value: token.v};
			case 'number':
				this.pos++;
				return {kind: 'literal', type: 'number', value: token.v};
			case 'datetime':
				this.pos++;
				return {kind: 'literal', type: 'datetime', value: token.v};
			case 'guid':
				this.pos++;
				return {kind: 'literal', type: 'guid', value: token.v};
			case 'punct':
				throw new FilterError(`Syntax error: unexpected '${token.v}' at position ${token.at} in '${this.text}'.`);
			default:
				break;
		}
		const word = token.v;
		const lower = word.toLowerCase();
		if (lower === 'true' || lower === 'false') {
			this.pos++;
			return {kind: 'literal', type: 'boolean', value: lower === 'true'};
		}
		if (lower === 'null') {
			this.pos++;
			return {kind: 'literal', type: 'null', value: null};
		}
		if (RESERVED.has(lower)) {
			throw new FilterError(`Syntax error: unexpected '${word}' at position ${token.at} in '${this.text}'.`);
		}
		if (this.isPunct(this.peek(1), '(')) {
			if (!FUNCTIONS.has(lower)) throw new FilterError(`The function '${word}' is not supported.`);
			this.pos += 2;
			const args: Expr[] = [];
			if (!this.isPunct(this.peek(), ')')) {
				for (;;) {
					args.push(this.parseOr());
					if (this.isPunct(this.peek(), ',')) {
						this.pos++;
						continue;
					}
					break;
				}
			}
			this.expectPunct(')');
			return {kind: 'call', name: lower as FunctionName, args};
		}
		return this.parsePath();
	}

	private parsePath(): Expr {
		const segments: string[] = [];
		for (;;) {
			const token = this.peek();
			if (token?.t !== 'word') throw new FilterError(`Syntax error: expected a property name in '${this.text}'.`);
			const lower = token.v.toLowerCase();
			if (segments.length > 0 && (lower === 'any' || lower === 'all') && this.isPunct(this.peek(1), '(')) {
				this.pos += 2;
				if (this.isPunct(this.peek(), ')')) {
					this.pos++;
					return {kind: 'lambda', op: lower, collection: segments, variable: null, predicate: null};
				}
				const variable = this.peek();
				if (variable?.t !== 'word' || !this.isPunct(this.peek(1), ':')) {
					throw new FilterError(`Syntax error: a lambda needs 'variable: expression' in '${this.text}'.`);
				}
				this.pos += 2;
				const predicate = this.parseOr();
				this.expectPunct(')');
				return {kind: 'lambda', op: lower, collection: segments, variable: variable.v, predicate};
			}
			if (lower === '$count' && segments.length > 0) {
				this.pos++;
				return {kind: 'count', path: segments};
			}
			segments.push(token.v);
			this.pos++;
			if (this.isPunct(this.peek(), '/')) {
				this.pos++;
				continue;
			}
			return {kind: 'path', segments};
		}
	}
}

export function parseFilter(text: string): Expr {
	return new Parser(tokenize(text), text).parse();
}

// ---------------------------------------------------------------------------------------------------------------
// Validation against one endpoint's capabilities
// ---------------------------------------------------------------------------------------------------------------

export type ValueType = 'string' | 'number' | 'boolean' | 'datetime' | 'guid' | 'enum';
export type FilterOp = CompareOp | 'in' | 'startswith' | 'endswith' | 'contains';

export interface PropertySpec {
	readonly type: ValueType;
	/** Operators accepted in every query. */
	readonly ops: readonly FilterOp[];
	/** Operators accepted only in advanced queries (directory objects: ConsistencyLevel: eventual + $count=true). */
	readonly advancedOps?: readonly FilterOp[];
	/** A collection: of primitives of `type` (lambda on the item itself), or of objects (`item`). */
	readonly collection?: boolean;
	readonly item?: Readonly<Record<string, PropertySpec>>;
	/** `path/$count` is allowed (advanced queries only). */
	readonly countable?: boolean;
}

export interface FilterSchema {
	/** The entity name used in messages, e.g. `microsoft.graph.user`. */
	readonly entity: string;
	/** Filterable properties by path (`status/errorCode`); matched without regard to case. */
	readonly properties: Readonly<Record<string, PropertySpec>>;
	/** Whether `or` / `not` are accepted: always, only in advanced queries, or never. */
	readonly or: boolean | 'advanced';
	readonly not: boolean | 'advanced';
	/** Directory objects follow the advanced-query rules; other endpoints reject advanced-only operators outright. */
	readonly directory: boolean;
}

export interface FilterAnalysis {
	/** The query used something that needs ConsistencyLevel: eventual and $count=true. */
	readonly advanced: boolean;
	/** Canonical property paths the filter touches (e.g. for index planning and "does it mention X"). */
	readonly paths: ReadonlySet<string>;
}

interface Scope {
	readonly variable: string;
	readonly spec: PropertySpec;
	readonly collectionPath: string;
}

function resolve(props: Readonly<Record<string, PropertySpec>>, path: string): [string, PropertySpec] | undefined {
	const direct = props[path];
	if (direct) return [path, direct];
	const lower = path.toLowerCase();
	for (const [key, spec] of Object.entries(props)) if (key.toLowerCase() === lower) return [key, spec];
	return undefined;
}

export function analyzeFilter(expr: Expr, schema: FilterSchema): FilterAnalysis {
	let advanced = false;
	const paths = new Set<string>();
	const fail = (message: string): never => {
		throw new FilterError(message);
	};
	const allow = (op: FilterOp, spec: PropertySpec, path: string): void => {
		if (spec.ops.includes(op)) return;
		if (spec.advancedOps?.includes(op)) {
			if (schema.directory) {
				advanced = true;
				return;
			}
		}
		fail(`Unsupported or invalid query filter clause specified for property '${path}' of resource '${schema.entity}'.`);
	};
	const property = (segments: readonly string[], scope: Scope | undefined): [string, PropertySpec, boolean] => {
		if (scope && segments[0] === scope.variable) {
			if (segments.length === 1) {
				if (scope.spec.item) fail(`A lambda over '${scope.collectionPath}' must compare a property of its items.`);
				return [scope.collectionPath, scope.spec, true];
			}
			const sub = segments.slice(1).join('/');
			const found = scope.spec.item ? resolve(scope.spec.item, sub) : undefined;
			if (!found) return fail(`Could not find a property named '${sub}' on the items of '${scope.collectionPath}'.`);
			return [`${scope.collectionPath}/${found[0]}`, found[1], true];
		}
		const path = segments.join('/');
		const found = resolve(schema.properties, path);
		if (!found) return fail(`Could not find a property named '${path}' on type '${schema.entity}'.`);
		paths.add(found[0]);
		return [found[0], found[1], false];
	};
	const checkLiteral = (spec: PropertySpec, literal: LiteralExpr, path: string): void => {
		if (literal.type === 'null') return;
		const ok =
			(spec.type === 'string' || spec.type === 'enum') && literal.type === 'string'
				? true
				: spec.type === 'number'
					? literal.type === 'number'
					: spec.type === 'boolean'
						? literal.type === 'boolean'
						: spec.type === 'datetime'
							? literal.type === 'datetime'
							: spec.type === 'guid'
								? literal.type === 'guid'
								: false;
		if (!ok) {
			fail(
				`A binary operator with incompatible types was detected. Found operand types '${edmType(spec.type)}' and '${edmType(literal.type)}' for property '${path}'.`,
			);
		}
	};
	const visit = (node: Expr, scope: Scope | undefined): void => {
		switch (node.kind) {
			case 'and':
				visit(node.left, scope);
				visit(node.right, scope);
				return;
			case 'or':
				if (schema.or === false) fail(`The 'or' operator is not supported on '${schema.entity}'.`);
				if (schema.or === 'advanced') advanced = true;
				visit(node.left, scope);
				visit(node.right, scope);
				return;
			case 'not':
				if (schema.not === false) fail(`The 'not' operator is not supported on '${schema.entity}'.`);
				if (schema.not === 'advanced') {
					if (!schema.directory) fail(`The 'not' operator is not supported on '${schema.entity}'.`);
					advanced = true;
				}
				visit(node.expr, scope);
				return;
			case 'compare': {
				if (node.left.kind === 'count') {
					const [path, spec] = property(node.left.path, scope);
					if (!spec.countable || !schema.directory) fail(`Counting '${path}' is not supported.`);
					advanced = true;
					if (node.right.kind !== 'literal' || node.right.type !== 'number')
						fail('$count must be compared with a number.');
					return;
				}
				if (node.left.kind !== 'path' || node.right.kind !== 'literal') {
					fail('Only comparisons of a property with a literal value are supported.');
					return;
				}
				const [path, spec, inLambda] = property(node.left.segments, scope);
				if (spec.collection && !inLambda) fail(`Use any() to filter on the collection '${path}'.`);
				allow(node.op, spec, path);
				checkLiteral(spec, node.right, path);
				// Directory objects answer comparisons with null only in advanced queries.
				if (node.right.type === 'null' && schema.directory) advanced = true;
				return;
			}
			case 'in': {
				if (node.left.kind !== 'path') {
					fail("The left side of 'in' must be a property.");
					return;
				}
				const [path, spec] = property(node.left.segments, scope);
				allow('in', spec, path);
				for (const value of node.values) checkLiteral(spec, value, path);
				return;
			}
			case 'call': {
				const [target, value] = node.args;
				if (node.args.length !== 2 || target?.kind !== 'path' || value?.kind !== 'literal' || value.type !== 'string') {
					fail(`${node.name}() takes a property and a string literal.`);
					return;
				}
				const [path, spec] = property(target.segments, scope);
				allow(node.name, spec, path);
				return;
			}
			case 'lambda': {
				if (scope) fail('Nested lambda expressions are not supported.');
				const [path, spec] = property(node.collection, undefined);
				if (!spec.collection) fail(`'${path}' is not a collection.`);
				if (node.op === 'all') fail(`The 'all' operator is not supported for '${path}'.`);
				if (!node.predicate || !node.variable) {
					fail(`An empty any() is not supported for '${path}'.`);
					return;
				}
				visit(node.predicate, {variable: node.variable, spec, collectionPath: path});
				return;
			}
			case 'count':
				fail('A $count must be compared with a number.');
				return;
			case 'path':
				fail(`The property '${node.segments.join('/')}' must be compared with a value.`);
				return;
			case 'literal':
				fail('A literal alone is not a filter.');
				return;
		}
	};
	visit(expr, undefined);
	return {advanced, paths};
}

function edmType(type: ValueType | LiteralType): string {
	switch (type) {
		case 'string':
		case 'enum':
			return 'Edm.String';
		case 'number':
			return 'Edm.Int32';
		case 'boolean':
			return 'Edm.Boolean';
		case 'datetime':
			return 'Edm.DateTimeOffset';
		case 'guid':
			return 'Edm.Guid';
		case 'null':
			return 'null';
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------------------------

/** Reads a property (canonical path from the schema) of a row: plain objects, columnar rows, anything. */
export type Getter<R> = (row: R, path: string) => unknown;

export type Predicate<R> = (row: R) => boolean;

/** Reads `a/b/c` from a plain object. */
export function objectPath(row: unknown, path: string): unknown {
	let value: unknown = row;
	for (const key of path.split('/')) {
		if (value === null || value === undefined || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

function asComparable(value: unknown, type: LiteralType): number | string | boolean | null {
	if (value === null || value === undefined) return null;
	if (type === 'datetime') {
		const ms = typeof value === 'number' ? value : Date.parse(String(value));
		return Number.isNaN(ms) ? null : ms;
	}
	if (type === 'string' || type === 'guid') return String(value).toLowerCase();
	return value as number | boolean;
}

function compare(op: CompareOp, actual: unknown, literal: LiteralExpr): boolean {
	if (literal.type === 'null') {
		const isNull = actual === null || actual === undefined;
		return op === 'eq' ? isNull : op === 'ne' ? !isNull : false;
	}
	const a = asComparable(actual, literal.type);
	const b = asComparable(literal.value, literal.type);
	if (a === null) return op === 'ne';
	switch (op) {
		case 'eq':
			return a === b;
		case 'ne':
			return a !== b;
		case 'gt':
			return (a as number) > (b as number);
		case 'ge':
			return (a as number) >= (b as number);
		case 'lt':
			return (a as number) < (b as number);
		case 'le':
			return (a as number) <= (b as number);
	}
}

/**
 * Compiles a validated filter. Property paths are mapped to the schema's canonical spelling first, so the getter only
 * sees paths the schema declares (`status/errorCode`, `signInEventTypes`, `assignedLicenses`…).
 */
export function compileFilter<R>(expr: Expr, schema: FilterSchema, get: Getter<R>): Predicate<R> {
	const canonical = (segments: readonly string[]): string => {
		const path = segments.join('/');
		return resolve(schema.properties, path)?.[0] ?? path;
	};
	type Env = {variable: string; item: unknown; itemSpec: PropertySpec} | undefined;
	const value = (segments: readonly string[], row: R, env: Env): unknown => {
		if (env && segments[0] === env.variable) {
			if (segments.length === 1) return env.item;
			const sub = segments.slice(1).join('/');
			const key = env.itemSpec.item ? (resolve(env.itemSpec.item, sub)?.[0] ?? sub) : sub;
			return objectPath(env.item, key);
		}
		return get(row, canonical(segments));
	};
	const build = (node: Expr): ((row: R, env: Env) => boolean) => {
		switch (node.kind) {
			case 'and': {
				const l = build(node.left);
				const r = build(node.right);
				return (row, env) => l(row, env) && r(row, env);
			}
			case 'or': {
				const l = build(node.left);
				const r = build(node.right);
				return (row, env) => l(row, env) || r(row, env);
			}
			case 'not': {
				const inner = build(node.expr);
				return (row, env) => !inner(row, env);
			}
			case 'compare': {
				const literal = node.right as LiteralExpr;
				if (node.left.kind === 'count') {
					const path = node.left.path;
					return (row, env) => {
						const list = value(path, row, env);
						return compare(node.op, Array.isArray(list) ? list.length : 0, literal);
					};
				}
				const segments = (node.left as Extract<Expr, {kind: 'path'}>).segments;
				return (row, env) => compare(node.op, value(segments, row, env), literal);
			}
			case 'in': {
				const segments = (node.left as Extract<Expr, {kind: 'path'}>).segments;
				return (row, env) => {
					const actual = value(segments, row, env);
					return node.values.some(v => compare('eq', actual, v));
				};
			}
			case 'call': {
				const segments = (node.args[0] as Extract<Expr, {kind: 'path'}>).segments;
				const needle = String((node.args[1] as LiteralExpr).value).toLowerCase();
				return (row, env) => {
					const actual = value(segments, row, env);
					if (typeof actual !== 'string') return false;
					const hay = actual.toLowerCase();
					return node.name === 'startswith'
						? hay.startsWith(needle)
						: node.name === 'endswith'
							? hay.endsWith(needle)
							: hay.includes(needle);
				};
			}
			case 'lambda': {
				const path = canonical(node.collection);
				const spec = resolve(schema.properties, path)?.[1];
				const predicate = node.predicate ? build(node.predicate) : undefined;
				const variable = node.variable ?? '';
				return row => {
					const list = get(row, path);
					if (!Array.isArray(list) || !predicate || !spec) return false;
					return node.op === 'any'
						? list.some(item => predicate(row, {variable, item, itemSpec: spec}))
						: list.every(item => predicate(row, {variable, item, itemSpec: spec}));
				};
			}
			default:
				throw new FilterError('Unsupported filter expression.');
		}
	};
	const root = build(expr);
	return row => root(row, undefined);
}
