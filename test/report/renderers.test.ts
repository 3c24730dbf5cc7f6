/**
 * The Markdown, HTML and CSV renderings of one assessment (the contoso demo, with a hostile policy name) and its
 * journal: same content, everything escaped, no external references in HTML, CSV that parses back.
 */
import {beforeAll, describe, expect, it} from 'vitest';
import {type AssessmentDigest, digestOf} from '../../src/assessment/saved.js';
import type {JournalEntry} from '../../src/changes/journal.js';
import {parseCsv} from '../../src/graph/reports.js';
import {createTranslator} from '../../src/i18n/index.js';
import {csvCell, renderCsv, renderCsvFiles} from '../../src/report/csv.js';
import {gapWords, reasonWords} from '../../src/report/describe.js';
import {renderHtml} from '../../src/report/html.js';
import {escapeMarkdown, renderMarkdown} from '../../src/report/markdown.js';
import {renderText} from '../../src/report/text.js';
import type {Report} from '../../src/report/types.js';
import {CONTOSO} from '../../src/simulator/index.js';
import {upnOf} from '../../src/simulator/scenarios/contoso.js';
import {collectFrom, simGraph} from '../assessment/helpers.js';

const HOSTILE = '<script>alert(1)</script> | **bold** [x](https://evil.example) =cmd';
const t = createTranslator('en');
let report: Report;
let digest: AssessmentDigest;

const journal: JournalEntry[] = [
	{
		changeId: 'c1',
		step: 'enforce',
		title: {key: 'report.headingPolicies'},
		why: {key: 'report.headingPolicies'},
		request: {method: 'POST', version: 'v1.0', path: '/identity/conditionalAccess/policies', scopes: []},
		status: 'applied',
		startedAt: '2026-11-26T09:00:00Z',
		finishedAt: '2026-11-26T09:00:01Z',
	},
];

beforeAll(async () => {
	const {sim, graph} = await simGraph();
	sim.control.mutate(state => {
		state.caPolicies[0]!.displayName = HOSTILE;
	});
	const assessment = await collectFrom(graph);
	report = assessment.report;
	digest = digestOf(assessment);
}, 60_000);

describe('Markdown', () => {
	it('has every section, the verdicts in words and the journal', () => {
		const md = renderMarkdown({report, digest, journal, t});
		expect(md).toMatch(/^# MFA compliance report — Contoso Partner/);
		for (const heading of [
			'Result',
			'Conditional Access policies',
			'Readiness',
			'Findings',
			'Changes made by mfa-onboard',
		]) {
			expect(md).toContain(`## ${heading}`);
		}
		expect(md).toContain('**Not compliant\\.**'.replace('\\.', '.'));
		expect(md).toContain(upnOf(CONTOSO.sharedMailbox));
		expect(md).toContain('| POST /v1.0/identity/conditionalAccess/policies |');
	});

	it('escapes names from the tenant', () => {
		const md = renderMarkdown({report, digest, journal: [], t});
		expect(md).not.toContain('<script>');
		expect(md).toContain('\\<script\\>');
		expect(md).toContain('\\*\\*bold\\*\\*');
		expect(md).not.toMatch(/(?<!\\)\]\(https:\/\/evil/);
		expect(escapeMarkdown('# not a heading | cell')).toBe('\\# not a heading \\| cell');
	});

	it('renders headings in Korean', () => {
		const md = renderMarkdown({report, digest, journal: [], t: createTranslator('ko')});
		expect(md).toContain('## 결과');
		expect(md).toContain('## 조건부 액세스 정책');
	});
});

describe('HTML', () => {
	it('is one self-contained page: no scripts, links, images or external references', () => {
		const html = renderHtml({report, digest, journal, t});
		expect(html).toMatch(/^<!DOCTYPE html>/);
		expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|base|form)\b/i);
		expect(html).not.toMatch(/\b(src|href|action|srcset)\s*=/i);
		expect(html).not.toMatch(/url\(|@import/i);
		expect(html).toContain("default-src 'none'");
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('<html lang="en">');
		expect(html).toContain('@media print');
	});
});

describe('CSV', () => {
	it('one table with a list column, parsing back to the report lists', () => {
		const rows = parseCsv(renderCsv(report, digest, t));
		const lists = (name: string) => rows.filter(r => r.list === name);
		expect(lists('legacy-users').map(r => r.userPrincipalName)).toEqual(
			report.legacyAuth.subjects.map(s => s.userPrincipalName),
		);
		expect(lists('automation-accounts').map(r => r.userPrincipalName)).toEqual(
			report.automation.accounts.map(a => a.userPrincipalName),
		);
		expect(lists('unregistered-users')).toHaveLength(report.users.mfaNotRegistered!);
		expect(lists('admins')).toHaveLength(report.users.admins! + report.users.eligibleAdmins!);
		const scanner = lists('legacy-users').find(r => r.userPrincipalName === upnOf(CONTOSO.scanner))!;
		expect(scanner).toMatchObject({protocols: 'Authenticated SMTP', kind: 'device'});
		expect(lists('unregistered-users').find(r => r.userPrincipalName === upnOf(CONTOSO.exchangeAdmin))?.admin).toBe(
			'true',
		);
	});

	it('one file per list, each with its own columns', () => {
		const files = renderCsvFiles(report, digest, t);
		expect(files.map(f => f.name)).toEqual([
			'legacy-users.csv',
			'automation-accounts.csv',
			'unregistered-users.csv',
			'admins.csv',
		]);
		expect(Object.keys(parseCsv(files[2]!.text)[0]!)).toEqual(['userPrincipalName', 'admin']);
	});

	it('quotes and defuses cells a spreadsheet would run', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('@SUM')).toBe("'@SUM");
		expect(parseCsv(renderCsv(report, digest, t))[0]).toHaveProperty('list');
	});
});

describe('reasons in words', () => {
	it('names policies, groups and roles', () => {
		const ctx = {report, names: {'g-1': 'Service Accounts', 'u-1': 'bob@contoso.com'}, t};
		const policyId = report.enforcement.policies[0]!.id;
		expect(reasonWords(`ca:${policyId}:enforces`, ctx)).toBe(`policy “${HOSTILE}” enforces it`);
		expect(reasonWords('securityDefaults:on', ctx)).toBe('security defaults are on');
		expect(reasonWords('perUserMfa:3/7', ctx, 'mfaAdmins')).toBe('per-user MFA is on for 3 of 7 admins');
		expect(reasonWords('unreadable:conditionalAccess', ctx)).toMatch(
			/Conditional Access policies .* could not be read/,
		);
		expect(gapWords('excludeGroups:g-1', ctx)).toBe('excludes group Service Accounts');
		expect(gapWords('excludeUsers:u-1', ctx)).toBe('excludes user bob@contoso.com');
		expect(gapWords('excludeRoles:62e90394-69f5-4237-9190-012177145e10', ctx)).toBe(
			'excludes the Global Administrator role',
		);
		expect(gapWords('newGapKind:x', ctx)).toBe('has a gap: newGapKind:x');
	});

	it('the terminal summary lists verdicts, findings and next steps', () => {
		const text = renderText(report, {names: digest.names, t});
		expect(text).toContain('Result: Not compliant.');
		expect(text).toContain('✗ Legacy authentication blocked: not blocked');
		expect(text).toContain('Work through the fixes step by step: mfa-onboard --demo');
		expect(renderText(report, {names: digest.names, t: createTranslator('ko')})).toContain('결과: 준수하지 않음.');
	});
});
