import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {JournalEntry} from '../../src/changes/journal.js';
import {ROLE} from '../../src/knowledge/roles.js';
import {reasonWords} from '../../src/report/describe.js';
import {buildSummary, isStale, VERDICT_KEYS} from '../../src/steps/summary/model.js';
import {availableFormats, writeReport} from '../../src/steps/summary/report-seam.js';
import {blockPolicy, ID, mfaPolicy} from '../compliance/fixtures.js';
import {recoverAssessment} from '../helpers/recover-fixtures.js';
import {tempDir} from '../helpers/tmp.js';
import {en, ko} from '../helpers/translator.js';

const reportOnly = mfaPolicy('pol-mfa', {
	displayName: 'Require MFA for all users',
	state: 'enabledForReportingButNotEnforced',
});
const gappy = mfaPolicy('pol-gap', {
	displayName: 'MFA except Bob',
	conditions: {users: {includeUsers: ['All'], excludeUsers: [ID.bob], excludeRoles: [ROLE.exchangeAdministrator]}},
});

function entry(overrides: Partial<JournalEntry>): JournalEntry {
	return {
		changeId: 'sspr.registration-campaign.0000',
		step: 'sspr',
		title: {key: 'stepSspr.changeCampaignTitle'},
		why: {key: 'stepSspr.changeCampaignWhy'},
		request: {method: 'PATCH', version: 'v1.0', path: '/policies/authenticationMethodsPolicy', scopes: []},
		status: 'applied',
		startedAt: '2026-11-26T10:05:00Z',
		finishedAt: '2026-11-26T10:05:01Z',
		undo: {request: {method: 'PATCH', version: 'v1.0', path: '/policies/authenticationMethodsPolicy', scopes: []}},
		...overrides,
	};
}

describe('summary model', () => {
	it('carries the compliance engine’s verdicts and reasons exactly, and explains them with names', () => {
		const assessment = recoverAssessment({scenario: {policies: [reportOnly, gappy, blockPolicy('pol-block')]}});
		const report = assessment.report;
		const model = buildSummary({
			report,
			names: assessment.directoryNames,
			journal: [],
			openItems: [],
			t: en,
			demo: true,
			dryRun: false,
			breakGlass: [],
		});
		expect(model.compliant).toBe(report.compliant);
		for (const v of model.verdicts) {
			expect(v.verdict).toBe(report.enforcement[v.key].verdict);
			expect(v.reasons).toEqual(report.enforcement[v.key].reasons);
		}
		expect(model.verdicts.map(v => v.key)).toEqual([...VERDICT_KEYS]);
		const all = model.verdicts.flatMap(v => v.explained).join('\n');
		expect(all).toContain('policy “MFA except Bob” excludes user Bob@contoso.com');
		expect(all).toContain('policy “Block legacy pol-block” enforces it');
		expect(model.findings[0]?.severity).toBe('high');
		expect(model.commands).toEqual([
			'mfa-onboard check --demo',
			'mfa-onboard report --format md --demo',
			'mfa-onboard report --format html --demo',
		]);
	});

	it('explains each reason in the words check and report use, per-user MFA counted in admins for the admins verdict', () => {
		const assessment = recoverAssessment({scenario: {policies: [reportOnly, gappy, blockPolicy('pol-block')]}});
		const {report} = assessment;
		const names = assessment.directoryNames;
		const model = buildSummary({
			report,
			names,
			journal: [],
			openItems: [],
			t: en,
			demo: true,
			dryRun: false,
			breakGlass: [],
		});
		for (const v of model.verdicts) {
			expect(v.explained).toEqual(v.reasons.map(r => reasonWords(r, {report, names, t: en}, v.key)));
		}
		// Per-user MFA on for the admin: the admins verdict counts admins.
		const perUser = recoverAssessment({
			scenario: {policies: [], perUserMfa: {status: 'read', byUser: new Map([[ID.admin, 'enforced']])}},
		});
		const counted = buildSummary({
			report: perUser.report,
			names: perUser.directoryNames,
			journal: [],
			openItems: [],
			t: en,
			demo: true,
			dryRun: false,
			breakGlass: [],
		});
		const reasonOf = (key: string) => counted.verdicts.find(v => v.key === key)!;
		const [, covered, total] = /^perUserMfa:(\d+)\/(\d+)$/.exec(
			reasonOf('mfaAdmins').reasons.find(r => r.startsWith('perUserMfa:')) ?? '',
		)!;
		expect(reasonOf('mfaAdmins').explained).toContain(
			`per-user MFA is on for ${covered} of ${total} ${total === '1' ? 'admin' : 'admins'}`,
		);
		const korean = buildSummary({
			report,
			names,
			journal: [],
			openItems: [],
			t: ko,
			demo: true,
			dryRun: false,
			breakGlass: [],
		});
		expect(korean.verdicts[0]!.explained.join('\n')).toContain('“Require MFA for all users”');
	});

	it('lists what changed with how to undo it, what is open per step, and the next actions', () => {
		const assessment = recoverAssessment();
		const model = buildSummary({
			report: assessment.report,
			names: assessment.directoryNames,
			journal: [
				entry({}),
				entry({
					changeId: 'recovery.reset.1',
					step: 'recovery',
					title: {key: 'stepRecovery.changeResetTitle', params: {upn: 'emily@x'}},
					undo: {impossible: {key: 'stepRecovery.undoReset'}},
				}),
				entry({changeId: 'x.already', status: 'already-done'}),
			],
			openItems: [
				{step: 'recovery', id: 'a', text: {key: 'stepRecovery.openLeaked', params: {upn: 'emily@x'}}, severity: 'high'},
				{step: 'sspr', id: 'b', text: {key: 'stepSspr.openSsprUnknown'}, severity: 'low'},
			],
			t: en,
			demo: false,
			dryRun: true,
			breakGlass: ['bg1@x', 'bg2@x'],
		});
		expect(model.changes.map(c => [c.title, c.undo.kind])).toEqual([
			['Turn on the Microsoft Authenticator registration campaign for every user', 'undo'],
			['Reset the password of emily@x (temporary, change at next sign-in)', 'impossible'],
		]);
		expect(model.open.map(s => s.step)).toEqual(['sspr', 'recovery']);
		expect(model.next[0]).toContain('This was a dry run');
		expect(model.next).toContain('Step 8 (Compromised users): 1 item is still open.');
		expect(model.commands[0]).toBe('mfa-onboard check --break-glass bg1@x,bg2@x');
		expect(model.commands).toContain('mfa-onboard undo CHANGE_ID');
	});

	it('is stale once a change was applied or undone after the assessment was read', () => {
		expect(isStale('2026-11-26T10:00:00Z', [])).toBe(false);
		expect(isStale('2026-11-26T10:00:00Z', [entry({finishedAt: '2026-11-26T09:00:00Z'})])).toBe(false);
		expect(isStale('2026-11-26T10:00:00Z', [entry({})])).toBe(true);
		expect(isStale('2026-11-26T10:00:00Z', [entry({status: 'failed'})])).toBe(false);
		expect(isStale('2026-11-26T11:00:00Z', [entry({status: 'undone', undoneAt: '2026-11-26T11:30:00Z'})])).toBe(true);
	});
});

describe('report seam', () => {
	it('writes the formats this build has (JSON now), 0600, never over an existing file', () => {
		expect(availableFormats()).toContain('json');
		const dir = tempDir();
		const {report} = recoverAssessment();
		const first = writeReport(dir, 'json', {report, journal: [], t: en});
		const second = writeReport(dir, 'json', {report, journal: [], t: en});
		expect(first).not.toBe(second);
		expect(fs.statSync(first).mode & 0o777).toBe(0o600);
		expect(JSON.parse(fs.readFileSync(first, 'utf8')).schemaVersion).toBe(1);
		expect(() => writeReport(dir, 'md', {report, journal: [], t: en})).toThrow('No md renderer');
	});
});
