import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {canonicalReport, reportToJson} from '../../src/report/json.js';
import type {Report} from '../../src/report/types.js';
import {run} from '../compliance/fixtures.js';
import {expectValidReport, SCHEMA_PATH, schemaErrors} from './schema-helper.js';

/** The design documents' copy (REPORT.md: "Keep a copy of it in the project and keep them identical"). */
const SHARED_SCHEMA = path.join(process.env.MFA_ONBOARD_DESIGN_DIR ?? '/work/shared/design', 'report.schema.json');

describe('the schema copy', () => {
	test.skipIf(!existsSync(SHARED_SCHEMA))(
		`is byte-identical to the design copy (skipped when ${SHARED_SCHEMA} is absent, e.g. outside the project workspace; set MFA_ONBOARD_DESIGN_DIR)`,
		() => {
			expect(readFileSync(SCHEMA_PATH).equals(readFileSync(SHARED_SCHEMA))).toBe(true);
		},
	);

	test('is a 2020-12 schema for version 1', () => {
		const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.properties.schemaVersion).toEqual({const: 1});
	});
});

describe('the validation helper', () => {
	const valid = run();

	test('accepts an engine report', () => {
		expect(schemaErrors(valid)).toEqual([]);
	});

	const broken: [string, (r: Record<string, unknown> & Report) => unknown][] = [
		['a missing top-level field', r => ({...r, findings: undefined})],
		['a date-time without a zone', r => ({...r, generatedAt: '2026-11-26 10:00'})],
		['a negative count', r => ({...r, users: {...r.users, guests: -1}})],
		[
			'a verdict outside the enum',
			r => ({...r, enforcement: {...r.enforcement, mfaAdmins: {verdict: 'mostly', reasons: []}}}),
		],
		['a finding id that is not kebab-case', r => ({...r, findings: [{...r.findings[0]!, id: 'Not_Kebab'}]})],
		[
			'a null in byProtocol',
			r => ({
				...r,
				legacyAuth: {...r.legacyAuth, byProtocol: {IMAP4: {signIns: null, successfulSignIns: 0, users: 0}}},
			}),
		],
		[
			'an automation account without reasons',
			r => ({
				...r,
				automation: {accounts: [{userPrincipalName: 'a', id: null, reasons: [], signIns: 0, lastSeen: null}]},
			}),
		],
		['a coverage status outside the enum', r => ({...r, coverage: {...r.coverage, risk: {status: 'maybe'}}})],
	];
	test.each(broken)('rejects %s', (_name, breakIt) => {
		const errors = schemaErrors(breakIt(structuredClone(valid) as Record<string, unknown> & Report));
		expect(errors.length).toBeGreaterThan(0);
		expect(() => expectValidReport(breakIt(structuredClone(valid) as Record<string, unknown> & Report))).toThrow(
			/report\.schema\.json/,
		);
	});
});

describe('reportToJson', () => {
	test('canonical order survives a reordered object', () => {
		const report = run({}, {breakGlass: ['z@contoso.com', 'a@contoso.com']});
		const reordered = Object.fromEntries(Object.entries(report).reverse()) as unknown as Report;
		expect(reportToJson(reordered)).toBe(reportToJson(report));
		expect(canonicalReport(reordered).breakGlass.declared).toEqual(['z@contoso.com', 'a@contoso.com']);
	});

	test('optional coverage fields are left out, not written as null', () => {
		const json = JSON.parse(reportToJson(run({securityDefaults: true})));
		expect(json.coverage.policies).toEqual({status: 'complete'});
	});
});
