/**
 * `mfa-onboard report`: renders the saved assessment and the journal in each format, picks the tenant, writes files
 * (0600; CSV one per list into a folder), and never changes the progress file.
 */
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {saveAssessment} from '../../src/assessment/saved.js';
import type {Assessment} from '../../src/assessment/types.js';
import type {JournalEntry} from '../../src/changes/journal.js';
import {runReport} from '../../src/commands/report.js';
import {parseCsv} from '../../src/graph/reports.js';
import {createTranslator} from '../../src/i18n/index.js';
import {reportToJson} from '../../src/report/json.js';
import type {Flags} from '../../src/session.js';
import {ProgressStore} from '../../src/wizard/progress-store.js';
import {collectFrom, NOW, simGraph} from '../assessment/helpers.js';
import {testSession} from '../helpers/session.js';
import {tempDir} from '../helpers/tmp.js';
import {expectValidReport} from '../report/schema-helper.js';

let assessment: Assessment;
beforeAll(async () => {
	const {graph} = await simGraph();
	assessment = await collectFrom(graph);
}, 60_000);

const entry: JournalEntry = {
	changeId: 'c-1',
	step: 'enforce',
	title: {key: 'report.headingPolicies'},
	why: {key: 'report.headingPolicies'},
	request: {method: 'PATCH', version: 'v1.0', path: '/policies/identitySecurityDefaultsEnforcementPolicy', scopes: []},
	status: 'applied',
	startedAt: '2026-11-26T09:00:00Z',
	finishedAt: '2026-11-26T09:00:02Z',
};

function home(options: {journal?: JournalEntry[]; save?: boolean} = {}): string {
	const dir = tempDir();
	const progressDir = path.join(dir, 'progress');
	if (options.save !== false) saveAssessment(progressDir, assessment, '2026-11-26T10:00:00Z');
	if (options.journal) {
		const store = ProgressStore.open({
			dir: progressDir,
			tenant: {id: assessment.tenant.id},
			mode: 'live',
			now: () => '2026-11-26T10:00:00Z',
			t: createTranslator('en'),
		});
		store.saveJournal(options.journal as never);
	}
	return dir;
}

async function report(dir: string, flags: Partial<Flags>, lang?: string) {
	let stdout = '';
	let stderr = '';
	const session = testSession({
		home: dir,
		command: 'report',
		flags,
		now: () => NOW.getTime(),
		env: lang ? {LANG: lang} : {},
	});
	const code = await runReport(session, {
		out: text => {
			stdout += text;
		},
		err: text => {
			stderr += text;
		},
	});
	return {code, stdout, stderr};
}

describe('report', () => {
	it('json: exactly the saved REPORT.md object', async () => {
		const run = await report(home(), {format: 'json'});
		expect(run.code).toBe(0);
		expect(run.stdout).toBe(reportToJson(assessment.report));
		expectValidReport(JSON.parse(run.stdout));
	});

	it('md (the default) includes the journal; the progress file is left as it was', async () => {
		const dir = home({journal: [entry]});
		const progress = ProgressStore.fileFor(path.join(dir, 'progress'), assessment.tenant.id);
		const before = fs.readFileSync(progress, 'utf8');
		const run = await report(dir, {});
		expect(run.stdout).toContain('# MFA compliance report — Contoso Partner');
		expect(run.stdout).toContain('| PATCH /v1.0/policies/identitySecurityDefaultsEnforcementPolicy |');
		expect(fs.readFileSync(progress, 'utf8')).toBe(before);
	});

	it('html in Korean, written to a file with mode 0600', async () => {
		const dir = home();
		const run = await report(dir, {format: 'html', output: 'reports/mfa.html'}, 'ko_KR.UTF-8');
		const file = path.join(dir, 'reports', 'mfa.html');
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain(file);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		const html = fs.readFileSync(file, 'utf8');
		expect(html).toContain('<html lang="ko">');
		expect(html).toContain('결과');
		expect(html).not.toMatch(/\b(src|href)\s*=/i);
	});

	it('csv: one table on stdout, or one file per list in a folder', async () => {
		const dir = home();
		const one = parseCsv((await report(dir, {format: 'csv'})).stdout);
		expect(new Set(one.map(r => r.list))).toEqual(
			new Set(['legacy-users', 'automation-accounts', 'unregistered-users', 'admins']),
		);
		const run = await report(dir, {format: 'csv', output: 'lists/'});
		const folder = path.join(dir, 'lists');
		expect(fs.readdirSync(folder).sort()).toEqual([
			'admins.csv',
			'automation-accounts.csv',
			'legacy-users.csv',
			'unregistered-users.csv',
		]);
		expect(parseCsv(fs.readFileSync(path.join(folder, 'legacy-users.csv'), 'utf8')).length).toBe(
			assessment.report.legacyAuth.subjects.length,
		);
		expect(run.stderr).toContain('legacy-users.csv');
	});

	it('picks the tenant: none saved, several saved, by --tenant domain, --demo', async () => {
		await expect(report(home({save: false}), {format: 'json'})).rejects.toMatchObject({
			code: 'report-none',
			exitCode: 2,
		});
		const dir = home();
		const other = {...assessment, tenant: {...assessment.tenant, id: '11111111-2222-3333-4444-555555555555'}};
		saveAssessment(
			path.join(dir, 'progress'),
			{
				...other,
				report: {
					...assessment.report,
					tenant: {...assessment.report.tenant, id: other.tenant.id, defaultDomain: 'other.example'},
				},
			},
			'2026-11-26T10:00:00Z',
		);
		await expect(report(dir, {format: 'json'})).rejects.toMatchObject({
			code: 'report-ambiguous',
			message: expect.stringContaining('other.example'),
		});
		const picked = await report(dir, {format: 'json', tenant: 'OTHER.example'});
		expect(JSON.parse(picked.stdout).tenant.id).toBe(other.tenant.id);
		// The demo tenant is the one this assessment came from (the contoso scenario).
		const demo = await report(dir, {format: 'json', demo: true});
		expect(JSON.parse(demo.stdout).tenant.id).toBe(assessment.tenant.id);
	});

	it('a damaged progress file: a notice, and the report without its journal', async () => {
		const dir = home();
		fs.writeFileSync(ProgressStore.fileFor(path.join(dir, 'progress'), assessment.tenant.id), '{not json');
		const run = await report(dir, {format: 'md'});
		expect(run.stderr).toMatch(/can't be read/);
		expect(run.stdout).toContain('No changes made by mfa-onboard are recorded');
	});
});
