import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {recordedDecisions} from '../../src/steps/legacy-auth/index.js';
import {keys} from '../helpers/ink.js';
import {contosoAssessment, upn} from '../helpers/steps15-fixture.js';
import {mountWizard, paneText, waitForPane} from '../helpers/steps15-harness.js';
import {tempDir} from '../helpers/tmp.js';
import {ko} from '../helpers/translator.js';

const right = '\u001B[C';
const left = '\u001B[D';

/** Moves the step-list cursor to step `n` (1-based) and opens it. */
async function openStep(d: Awaited<ReturnType<typeof mountWizard>>['d'], n: number) {
	await d.waitFor('Step 1 of 9');
	for (let i = 1; i < n; i++) await d.press(keys.down);
	await d.waitFor(`Step ${n} of 9`);
	await d.press(keys.enter);
	await d.waitFor(/\[(Findings|Overview)\]/);
}

describe('legacy-auth view', () => {
	it('decides an item with a required note, marks another done and exports the list as CSV', async () => {
		const {d, controller, workDir} = await mountWizard();
		await openStep(d, 2);
		await waitForPane(d, 'IMAP4: 665 sign-ins, 640 successful, 1 user');
		await d.press(right);
		await d.waitFor('[Decide]');
		await waitForPane(d, 'Authenticated SMTP — 1 user, 212 sign-ins');
		await d.press(keys.down);
		await d.waitFor('❯  ○ scanner.3f [device]');
		await d.press(keys.enter);
		await waitForPane(d, 'Scanner 3F (RICOH IM C3000)');
		await waitForPane(d, 'SMTP relay connector');
		await d.press(keys.down);
		await d.press(keys.down);
		await d.waitFor('❯ Accept, with a note');
		await waitForPane(d, 'A note is required');
		await d.press(keys.enter);
		await waitForPane(d, 'A note for the record');
		// q and s belong to the note while it has the keyboard.
		await d.type('printer is replaced in Q1, owner agreed');
		await d.press(keys.enter);
		await d.waitFor('Saved.');
		await d.waitFor('● scanner.3f [device]');
		const decisions = recordedDecisions(controller.progress.steps['legacy-auth'].answers);
		expect([...decisions.values()]).toEqual([{decision: 'accept', note: 'printer is replaced in Q1, owner agreed'}]);

		await d.press(keys.down);
		await d.press(keys.down);
		await d.waitFor('❯  ○ yujin.choi');
		await d.press('d');
		await d.waitFor('✔ yujin.choi');
		const yujin = [...recordedDecisions(controller.progress.steps['legacy-auth'].answers).entries()].find(([k]) =>
			k.includes('yujin'),
		);
		expect(yujin?.[1]).toMatchObject({decision: 'migrate', doneAt: '2026-11-26T10:00:00Z'});

		await d.press('x');
		await waitForPane(d, 'Written to');
		const file = path.join(workDir, 'mfa-onboard-legacy-auth-2026-11-26.csv');
		expect(fs.readFileSync(file, 'utf8')).toContain('accept,admin,"printer is replaced in Q1, owner agreed"');
		await d.press('x');
		await waitForPane(d, 'mfa-onboard-legacy-auth-2026-11-26-2.csv');
	});

	it('without P1 shows the usage report as less complete, asks the questions, and plans un-concealing; declining sends nothing', async () => {
		const {d, controller, sim} = await mountWizard({assessment: contosoAssessment({p1: false, p2: false})});
		await openStep(d, 2);
		await waitForPane(d, 'Less complete than a sign-in log');
		await d.press(right);
		await d.waitFor('[Report]');
		await waitForPane(d, 'hidden name 5B8F3C1A… · POP3');
		await d.press(right);
		await d.waitFor('[Questions]');
		await d.press(keys.enter);
		await waitForPane(d, 'Do scanners, printers or multifunction devices send mail');
		await d.press(keys.up);
		await d.press(keys.up);
		await d.waitFor('❯ Yes');
		await d.press(keys.enter);
		await waitForPane(d, '→ Yes');
		expect(controller.progress.steps['legacy-auth'].answers.qScanners).toBe('yes');
		await d.press(right);
		await d.waitFor('[Names]');
		await waitForPane(d, 'never changes it silently');
		await d.press('f');
		await waitForPane(d, 'Show user names in Microsoft 365 usage reports');
		await waitForPane(d, 'PATCH /v1.0/admin/reportSettings');
		await waitForPane(d, 'Apply this change? (y/n)');
		await d.press('n');
		await waitForPane(d, 'Not applied; nothing was sent');
		// The questions answered "yes" or "not sure" stay open and are said so before moving on.
		await waitForPane(d, '4 items of this step are still open');
		expect(sim.log.writes()).toBe(0);
	});

	it('applies the un-conceal change after y, journaled', async () => {
		const {d, sim, store} = await mountWizard({assessment: contosoAssessment({p1: false, p2: false})});
		await openStep(d, 2);
		await d.press('f');
		await waitForPane(d, 'Apply this change? (y/n)');
		await d.press('y');
		await waitForPane(d, '1 change applied and recorded in the journal');
		expect(sim.log.writes()).toBe(1);
		expect(store.journal).toHaveLength(1);
		expect(store.journal[0]).toMatchObject({status: 'applied', before: {displayConcealedNames: true}});
	});
});

describe('office view', () => {
	it('writes the .reg file and records the Exchange modern-auth answer', async () => {
		const {d, controller, workDir} = await mountWizard();
		await openStep(d, 3);
		await waitForPane(d, '1 user runs Outlook 2013');
		await d.press(right);
		await d.waitFor('[Outlook 2013]');
		await waitForPane(d, 'can no longer be relied on to connect');
		await d.press('w');
		await waitForPane(d, 'Written to');
		const reg = path.join(workDir, 'mfa-onboard-office2013-modern-auth.reg');
		expect(fs.readFileSync(reg).subarray(2).toString('utf16le')).toContain('"EnableADAL"=dword:00000001');
		await d.press(right);
		await d.waitFor('[Exchange]');
		await waitForPane(d, 'Get-OrganizationConfig | Format-Table Name,OAuth2ClientProfileEnabled');
		await d.press(keys.up);
		await d.press(keys.up);
		await d.waitFor('❯ On (True)');
		await d.press(keys.enter);
		await d.waitFor('Saved.');
		expect(controller.progress.steps.office.answers).toEqual({exoModernAuth: 'enabled'});
	});
});

describe('mobile view', () => {
	it('plans FIDO2 and a Temporary Access Pass when phones are out, and applies them after y', async () => {
		const {d, sim, store} = await mountWizard();
		await openStep(d, 4);
		await waitForPane(d, 'From 1 Feb 2027 (in 67 days) Microsoft no longer sends SMS or voice codes');
		await d.press(right);
		await d.press(keys.down);
		await d.press(keys.down);
		await d.waitFor('❯ Yes — no one may use a phone for work');
		await d.press(keys.enter);
		await d.press(right);
		await d.waitFor('[Methods]');
		await d.waitFor('[x] FIDO2 security keys and passkeys — to switch on');
		await d.waitFor('[x] Temporary Access Pass — to switch on');
		await d.press('f');
		await waitForPane(d, 'Switch on FIDO2 security keys and passkeys in the authentication methods policy');
		await waitForPane(d, 'Apply these 2 changes? (y/n)');
		await d.press('y');
		await waitForPane(d, '2 changes applied and recorded in the journal');
		expect(sim.log.writes()).toBe(2);
		expect(store.journal.map(e => (e as {status: string}).status)).toEqual(['applied', 'applied']);
	});

	it('in a dry run shows the exact requests and sends nothing', async () => {
		const {d, sim, controller} = await mountWizard({dryRun: true});
		await openStep(d, 4);
		await d.press(right);
		await d.press(keys.down);
		await d.press(keys.enter);
		await waitForPane(d, 'Which groups keep phones out?');
		await d.type('Warehouse');
		await d.press(keys.enter);
		await d.waitFor('Saved.');
		expect(controller.progress.steps.mobile.answers).toEqual({
			phonesAtWork: 'someGroups',
			phoneFreeGroups: 'Warehouse',
		});
		await d.press('f');
		await waitForPane(
			d,
			'[Dry run] Would PATCH /v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Fido2',
		);
		await d.press(keys.enter);
		await waitForPane(d, 'Dry run: nothing is sent');
		expect(sim.log.writes()).toBe(0);
		expect(controller.progress.steps.mobile.status).toBe('planned');
	});
});

describe('automation view', () => {
	it('works through a checklist to resolved, and accepts another account with a reason', async () => {
		const {d, controller} = await mountWizard();
		await openStep(d, 5);
		await waitForPane(d, '3 accounts sign in from a script or integration with a password alone');
		await d.press(right);
		await d.waitFor('[Accounts]');
		await d.press(keys.enter);
		await waitForPane(d, 'Fix: Managed identity · 0 of 4 done');
		for (let i = 0; i < 4; i++) {
			await d.press(' ');
			await waitForPane(d, `${i + 1} of 4 done`);
			await d.press(keys.down);
		}
		await d.press(left);
		await d.waitFor(/✔ svc-azure-automation.*resolved/);
		await d.press(keys.down);
		await d.press(keys.enter);
		await waitForPane(d, 'Fix: Secure Application Model');
		await d.press('a');
		await waitForPane(d, 'Why is this account accepted as it is?');
		await d.type('PSA vendor moves to the app in March');
		await d.press(keys.enter);
		await waitForPane(d, 'Accepted: PSA vendor moves to the app in March');
		const accounts = controller.progress.steps.automation.answers.accounts as Record<string, unknown>;
		expect(accounts[upn('svc-psa')]).toEqual({done: [], accepted: 'PSA vendor moves to the app in March'});
		expect(accounts[upn('svc-azure-automation')]).toEqual({
			done: ['miEnable', 'miRoles', 'miSwitch', 'miRemoveAccount'],
		});
		await d.press(left);
		await d.waitFor(/≈ svc-psa.*accepted/);
	});
});

describe('revisit', () => {
	it('reopens a finished step with r, its answers kept, and finishing it again moves on', async () => {
		const {d, controller} = await mountWizard();
		await openStep(d, 3);
		await d.press(right);
		await d.press(right);
		await d.waitFor('[Exchange]');
		await d.press(keys.up);
		await d.press(keys.up);
		await d.press(keys.enter);
		await d.waitFor('Saved.');
		await d.press('f');
		await waitForPane(d, 'Nothing to change in the tenant');
		await d.press(keys.enter);
		// Steps 1 and 2 are not finished: the cursor goes back to the first unfinished step.
		await d.waitFor('Step 1 of 9');
		expect(controller.progress.steps.office.status).toBe('done');
		await d.press(keys.down);
		await d.press(keys.down);
		await d.waitFor('Step 3 of 9');
		await d.press('r');
		await d.waitFor('[Findings]');
		expect(controller.progress.steps.office).toMatchObject({status: 'answered', revisits: 1});
		await d.press(right);
		await d.press(right);
		await d.waitFor('❯ On (True) ✔');
		await d.press('f');
		await waitForPane(d, 'Nothing to change in the tenant');
		expect(controller.progress.steps.office.status).toBe('done');
	});
});

describe('resume', () => {
	it('quitting and starting again resumes at the next step with the answers intact', async () => {
		const home = tempDir();
		const first = await mountWizard({home});
		await openStep(first.d, 1);
		await first.d.press('f');
		await waitForPane(first.d, 'Nothing to change in the tenant');
		expect(paneText(first.d.screen())).not.toContain('still open');
		await first.d.press(keys.enter);
		await first.d.waitFor('Step 2 of 9');
		await first.d.press(keys.enter);
		await first.d.waitFor('[Findings]');
		await first.d.press(right);
		await first.d.press(keys.down);
		await first.d.press(keys.enter);
		await first.d.press(keys.down);
		await first.d.press(keys.down);
		await first.d.press(keys.enter);
		await waitForPane(first.d, 'A note for the record');
		await first.d.type('kept until March');
		await first.d.press(keys.enter);
		await first.d.waitFor('Saved.');
		first.instance.unmount();

		const second = await mountWizard({home});
		await second.d.waitFor('Step 2 of 9');
		expect(second.controller.progress.steps.profile.status).toBe('done');
		const decisions = [...recordedDecisions(second.controller.progress.steps['legacy-auth'].answers).values()];
		expect(decisions).toEqual([{decision: 'accept', note: 'kept until March'}]);
		await second.d.press(keys.enter);
		await second.d.press(right);
		await second.d.waitFor('● scanner.3f');
	});
});

describe('Korean at 80×24', () => {
	it.each([1, 2, 3, 4, 5])('step %i fits every tab in 80 columns with aligned borders', async step => {
		const {d} = await mountWizard({t: ko, columns: 80, rows: 24});
		await d.waitFor('9단계 중 1단계');
		for (let i = 1; i < step; i++) await d.press(keys.down);
		await d.waitFor(`9단계 중 ${step}단계`);
		await d.press(keys.enter);
		await d.waitFor(/│ \[/);
		for (let tab = 0; tab < 5; tab++) {
			const lines = d.screen().split('\n');
			for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
			const body = lines.filter(l => l.startsWith('│'));
			expect(new Set(body.map(l => stringWidth(l))).size).toBe(1);
			expect(lines.at(-1)).toContain('q 종료');
			await d.press(right);
		}
	});
});
