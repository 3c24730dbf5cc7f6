import {describe, expect, it} from 'vitest';
import {
	analyzeFilter,
	compileFilter,
	FilterError,
	type FilterSchema,
	objectPath,
	parseFilter,
} from '../../src/simulator/odata/filter.js';

const schema: FilterSchema = {
	entity: 'test.row',
	directory: false,
	or: true,
	not: true,
	properties: {
		name: {type: 'string', ops: ['eq', 'ne', 'startswith', 'endswith', 'in']},
		age: {type: 'number', ops: ['eq', 'ne', 'gt', 'ge', 'lt', 'le']},
		active: {type: 'boolean', ops: ['eq', 'ne']},
		created: {type: 'datetime', ops: ['eq', 'ge', 'le', 'gt', 'lt']},
		'status/errorCode': {type: 'number', ops: ['eq', 'ne']},
		tags: {type: 'string', ops: ['eq', 'ne'], collection: true},
		licences: {type: 'guid', ops: [], collection: true, item: {skuId: {type: 'guid', ops: ['eq']}}},
		skuId: {type: 'guid', ops: ['eq', 'ne']},
	},
};

const rows = [
	{
		name: "Kevin O'Brien",
		age: 31,
		active: true,
		created: '2026-11-01T10:00:00Z',
		status: {errorCode: 0},
		tags: ['a', 'b'],
		licences: [{skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46'}],
		skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
	},
	{
		name: '김민준',
		age: 40,
		active: false,
		created: '2026-10-15T00:00:00Z',
		status: {errorCode: 50126},
		tags: ['b'],
		licences: [],
		skuId: null,
	},
	{
		name: 'Alice',
		age: 25,
		active: true,
		created: '2026-11-20T08:14:02Z',
		status: {errorCode: 53003},
		tags: [],
		licences: [{skuId: '84a661c4-e949-4bd2-a560-ed7766fcaf2b'}],
		skuId: null,
	},
];

function run(filter: string): string[] {
	const ast = parseFilter(filter);
	analyzeFilter(ast, schema);
	const predicate = compileFilter(ast, schema, (row: (typeof rows)[number], path) => objectPath(row, path));
	return rows.filter(predicate).map(r => r.name);
}

describe('$filter: accepted expressions', () => {
	it.each([
		["name eq 'Alice'", ['Alice']],
		["name eq 'alice'", ['Alice']], // string comparison ignores case, as Graph does
		["name ne 'Alice'", ["Kevin O'Brien", '김민준']],
		["name eq 'Kevin O''Brien'", ["Kevin O'Brien"]], // doubled quote escapes a quote
		["startswith(name,'김')", ['김민준']],
		["startsWith(name, 'KE')", ["Kevin O'Brien"]],
		["endswith(name,'ice')", ['Alice']],
		["name in ('Alice', '김민준')", ['김민준', 'Alice']],
		['age gt 30', ["Kevin O'Brien", '김민준']],
		['age ge 31 and age lt 40', ["Kevin O'Brien"]],
		['age le 25 or age ge 40', ['김민준', 'Alice']],
		['not (age gt 30)', ['Alice']],
		['active eq true', ["Kevin O'Brien", 'Alice']],
		['active eq false and (age gt 35 or age lt 20)', ['김민준']],
		['created ge 2026-11-01T00:00:00Z', ["Kevin O'Brien", 'Alice']],
		['created ge 2026-11-01T00:00:00Z and created le 2026-11-19T00:00:00Z', ["Kevin O'Brien"]],
		['created lt 2026-11-01T19:00:01+09:00', ["Kevin O'Brien", '김민준']],
		['created eq 2026-11-20T08:14:02Z', ['Alice']],
		['status/errorCode eq 50126', ['김민준']],
		['status/errorCode ne 0', ['김민준', 'Alice']],
		["tags/any(t: t eq 'b')", ["Kevin O'Brien", '김민준']],
		["tags/any(t:t ne 'a')", ["Kevin O'Brien", '김민준']],
		['licences/any(x: x/skuId eq cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46)', ["Kevin O'Brien"]],
		['skuId eq null', ['김민준', 'Alice']],
		['skuId ne null', ["Kevin O'Brien"]],
		["((name eq 'Alice'))", ['Alice']],
		["NAME eq 'Alice'", ['Alice']], // property names are matched without regard to case
	])('%s', (filter, expected) => {
		expect(run(filter)).toEqual(expected);
	});
});

describe('$filter: rejected expressions', () => {
	it.each([
		['', /empty/],
		["name eq 'Alice", /Unterminated/],
		["name eq 'Alice' and", /ends too early/],
		["name eq 'Alice')", /Syntax error/],
		["(name eq 'Alice'", /expected '\)'/],
		["nickname eq 'x'", /Could not find a property named 'nickname'/],
		["contains(name,'li')", /Unsupported or invalid query filter clause/],
		["substringof('li', name)", /function 'substringof' is not supported/],
		["name gt 'A'", /Unsupported or invalid query filter clause/],
		["age eq '31'", /incompatible types/],
		["created ge '2026-11-01T00:00:00Z'", /incompatible types/], // datetimes are unquoted literals
		['active eq 1', /incompatible types/],
		['name', /must be compared/],
		["'Alice' eq name", /property with a literal/],
		["tags eq 'a'", /Use any\(\)/],
		["tags/all(t: t eq 'a')", /'all' operator is not supported/],
		['tags/any()', /empty any\(\)/],
		["name/any(t: t eq 'a')", /is not a collection/],
		["name eq 'a' ; drop", /not valid/],
		['age add 1 eq 2', /Syntax error/],
		['licences/any(x: x/nope eq 1)', /Could not find a property named 'nope'/],
	])('%s', (filter, message) => {
		expect(() => run(filter)).toThrowError(FilterError);
		expect(() => run(filter)).toThrowError(message);
	});
});

describe('$filter: advanced-query detection on directory objects', () => {
	const directory: FilterSchema = {
		entity: 'microsoft.graph.user',
		directory: true,
		or: true,
		not: 'advanced',
		properties: {
			displayName: {type: 'string', ops: ['eq', 'startswith'], advancedOps: ['ne', 'endswith']},
			assignedLicenses: {
				type: 'guid',
				ops: [],
				collection: true,
				countable: true,
				item: {skuId: {type: 'guid', ops: ['eq']}},
			},
		},
	};
	it.each([
		["displayName eq 'x'", false],
		["startswith(displayName,'x')", false],
		["displayName ne 'x'", true],
		["endswith(displayName,'x')", true],
		["not(displayName eq 'x')", true],
		['displayName eq null', true],
		['assignedLicenses/$count eq 0', true],
	])('%s → advanced %s', (filter, advanced) => {
		expect(analyzeFilter(parseFilter(filter), directory).advanced).toBe(advanced);
	});

	it('rejects advanced-only operators outright on endpoints that are not directory objects', () => {
		expect(() => analyzeFilter(parseFilter("displayName ne 'x'"), {...directory, directory: false})).toThrowError(
			FilterError,
		);
	});
});
