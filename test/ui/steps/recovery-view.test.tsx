import fs from 'node:fs';
import path from 'node:path';
import type {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {CONTOSO, contosoUserId, upnOf} from '../../../src/simulator/scenarios/contoso.js';
import {RecoveryView} from '../../../src/ui/steps/RecoveryView.js';
import {keys} from '../../helpers/ink.js';
import {type RecoverHarness, recoverHarness} from '../../helpers/recover-engine.js';
import {recoverAssessment} from '../../helpers/recover-fixtures.js';
import {tempDir} from '../../helpers/tmp.js';
import {en, ko} from '../../helpers/translator.js';
import {PANE_80x24, renderStep} from './recover-render.js';

let harness: RecoverHarness | undefined;
let instance: ReturnType<typeof render> | undefined;
afterEach(async () => {
	instance?.unmount();
	instance = undefined;
	await harness?.stop();
	harness = undefined;
});

const emilyId = contosoUserId(CONTOSO.leakedUser);
const emilyUpn = upnOf(CONTOSO.leakedUser);

function filesUnder(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, {recursive: true, withFileTypes: true})
		.filter(e => e.isFile())
		.map(e => path.join(e.parentPath, e.name));
}

function widest(screen: string): number {
	return Math.max(...screen.split('\n').map(line => stringWidth(line)));
}

async function openEmily(r: ReturnType<typeof renderStep>) {
	await r.d.waitForText('Emily Davis');
	await r.d.press(keys.enter);
	await r.d.waitForText('Evidence saved');
}

describe('RecoveryView: the leaked-credential user of the Contoso story', () => {
	it('recovers Emily: evidence first, then reset (shown once), revoke, dismiss — each confirmed; the password reaches no file, log or journal', async () => {
		const logDir = tempDir();
		const logFile = path.join(logDir, 'sim.jsonl');
		harness = await recoverHarness({sim: {logFile}});
		const {sim, engine, progressDir} = harness;
		const r = renderStep({engine, step: 'recovery', view: RecoveryView, t: en});
		instance = r.instance;
		await openEmily(r);
		expect(r.d.screen()).toContain('Recent sign-ins since');
		// The evidence is on disk, 0600, before anything changed.
		const [evidence] = filesUnder(path.join(progressDir, 'evidence'));
		expect(evidence).toBeDefined();
		expect(fs.statSync(evidence!).mode & 0o777).toBe(0o600);
		const saved = JSON.parse(fs.readFileSync(evidence!, 'utf8'));
		expect(saved).toMatchObject({format: 'mfa-onboard-recovery-evidence', user: {id: emilyId}});
		expect(saved.signIns.status).toBe('read');
		expect(saved.methods.status).toBe('read');
		expect(sim.log.writes()).toBe(0);

		// Reset: confirm, then the password is shown once.
		await r.d.press(keys.enter);
		await r.d.waitForText('Go ahead? (y/n)');
		expect(r.d.screen()).toContain('cannot be undone');
		await r.d.press('y');
		await r.d.waitForText('Temporary password for');
		const password = /│\s+(\S{16})\s+│/.exec(r.d.screen())?.[1];
		expect(password).toBeDefined();
		expect(sim.tenant.user(emilyId)?.sim.forceChangePasswordNextSignIn).toBe(true);
		await r.d.press(keys.enter);
		await r.d.waitForNot('Temporary password for');
		expect(r.d.screen()).not.toContain(password!);
		await r.d.waitForText('App passwords survive a reset');

		// Revoke (the cursor moved on to it), then dismiss.
		const before = sim.tenant.user(emilyId)!.signInSessionsValidFromDateTime;
		await r.d.press(keys.enter);
		await r.d.waitForText('Revoke every sign-in session');
		await r.d.press('y');
		await r.d.waitForText('Done: Revoke all sign-in sessions');
		expect(sim.tenant.user(emilyId)!.signInSessionsValidFromDateTime >= before).toBe(true);
		await r.d.press(keys.enter);
		await r.d.waitForText('Dismiss the risk of');
		await r.d.press('y');
		await r.d.waitForText('Done: Dismiss the user’s risk');
		expect(sim.tenant.user(emilyId)!.sim.risk?.riskState).toBe('dismissed');
		expect(sim.log.writes()).toBe(3);

		// Back in the list, Emily is ticked off and no longer open.
		await r.d.press('b');
		await r.d.waitForText('✔ High Emily Davis');
		expect(engine.openItems().filter(o => o.step === 'recovery')).toEqual([]);

		// Finishing says the three actions are journaled (not that nothing changed), and sends nothing more.
		await r.d.press('f');
		await r.d.waitForText('the 3 changes made in this step are in the journal');
		expect(sim.log.writes()).toBe(3);

		// The password is nowhere but on the screen it was shown on.
		const files = [...filesUnder(harness.home), ...filesUnder(logDir)];
		expect(files.length).toBeGreaterThan(2);
		for (const file of files) expect(fs.readFileSync(file, 'utf8'), file).not.toContain(password!);
		expect(JSON.stringify(engine.journal)).not.toContain(password!);
		expect(JSON.stringify(harness.logs)).not.toContain(password!);
		expect(JSON.stringify(sim.log.entries)).not.toContain(password!);
		expect(JSON.stringify(harness.store.progress)).not.toContain(password!);
		const shownIn = r.instance.frames.filter(f => f.includes(password!));
		expect(shownIn.length).toBeGreaterThan(0);
		expect(shownIn.every(f => f.includes('Temporary password for'))).toBe(true);
		expect(r.instance.lastFrame()).not.toContain(password!);
	});

	it('declined confirmations send nothing', async () => {
		harness = await recoverHarness();
		const r = renderStep({engine: harness.engine, step: 'recovery', view: RecoveryView, t: en});
		instance = r.instance;
		await openEmily(r);
		for (let i = 0; i < 4; i++) {
			await r.d.press(keys.enter);
			await r.d.waitForText('Go ahead? (y/n)');
			await r.d.press('n');
			await r.d.waitForText('Not done; nothing was sent.');
			await r.d.press(keys.down);
		}
		expect(harness.sim.log.writes()).toBe(0);
		expect(harness.engine.journal).toEqual([]);
	});

	it('warns that a synchronised account needs password writeback', async () => {
		harness = await recoverHarness();
		harness.sim.control.mutate(state => {
			const user = state.users.find(u => u.id === emilyId)!;
			user.onPremisesSyncEnabled = true;
		});
		const r = renderStep({engine: harness.engine, step: 'recovery', view: RecoveryView, t: en});
		instance = r.instance;
		await openEmily(r);
		await r.d.waitForText('Synchronised from on-premises AD: a reset here only lasts with password writeback');
		await r.d.press(keys.enter);
		await r.d.waitForText('Go ahead? (y/n)');
		expect(r.d.screen()).toContain('writeback');
	});

	it('in a dry run records the actions in the plan and sends nothing', async () => {
		harness = await recoverHarness({dryRun: true});
		const r = renderStep({engine: harness.engine, step: 'recovery', view: RecoveryView, t: en, isDryRun: true});
		instance = r.instance;
		await openEmily(r);
		await r.d.press(keys.enter);
		await r.d.waitForText('[Dry run] Would PATCH /v1.0/users/');
		await r.d.press('y');
		await r.d.waitForText('Dry run: recorded in the plan, nothing sent.');
		await r.d.press('b');
		await r.d.press('f');
		await r.d.waitForText('What this step will change');
		await r.d.waitForText('Reset the password of emily.davis');
		expect(r.d.screen()).toContain('[Dry run] Would PATCH /v1.0/users/');
		expect(harness.sim.log.writes()).toBe(0);
		expect(r.d.screen()).not.toContain('Temporary password');
	});
});

describe('RecoveryView: lower licences', () => {
	it('with P1 says risky users cannot be listed, and recovers an account named by UPN', async () => {
		harness = await recoverHarness({assessment: () => recoverAssessment({licence: 'p1'})});
		harness.sim.control.setLicences('p1');
		const r = renderStep({engine: harness.engine, step: 'recovery', view: RecoveryView, t: en});
		instance = r.instance;
		await r.d.waitForText('Risky users need Entra ID P2');
		await r.d.press('u');
		await r.d.waitForText('Account to recover');
		await r.d.type('nobody@contosopartner.onmicrosoft.com');
		await r.d.press(keys.enter);
		await r.d.waitForText('No account nobody@contosopartner.onmicrosoft.com');
		await r.d.press(keys.escape);
		await r.d.press('u');
		await r.d.waitForText('Account to recover');
		await r.d.type(emilyUpn);
		await r.d.press(keys.enter);
		await r.d.waitForText('Evidence saved');
		const screen = r.d.screen();
		expect(screen).toContain('named by you');
		expect(screen).toContain('Dismiss the user’s risk (needs Entra ID P2)');
		expect(screen).toContain('Recent sign-ins since');
		await r.d.press(keys.enter);
		await r.d.press('y');
		await r.d.waitForText('Temporary password for');
		await r.d.press(keys.enter);
		expect(harness.sim.log.writes()).toBe(1);
		await r.d.press('b');
		await r.d.waitForText('✔');
	});

	it('without P1 says sign-in logs cannot be read', async () => {
		harness = await recoverHarness({assessment: () => recoverAssessment({licence: 'free'})});
		harness.sim.control.setLicences('free');
		const r = renderStep({engine: harness.engine, step: 'recovery', view: RecoveryView, t: en});
		instance = r.instance;
		await r.d.waitForText('Without Entra ID P1 or P2');
		await r.d.press('u');
		await r.d.type(emilyUpn);
		await r.d.press(keys.enter);
		await r.d.waitForText('Sign-in logs need Entra ID P1');
	});
});

describe('RecoveryView in Korean', () => {
	it('fits 50 columns and 15 rows in the list, the account and the confirmation', async () => {
		harness = await recoverHarness({t: ko});
		const r = renderStep({engine: harness.engine, step: 'recovery', view: RecoveryView, t: ko});
		instance = r.instance;
		await r.d.waitForText('복구할 계정 1개');
		expect(widest(r.d.screen())).toBeLessThanOrEqual(PANE_80x24.width);
		await r.d.press(keys.enter);
		await r.d.waitForText('증거 저장됨');
		for (const screen of [r.d.screen()]) {
			expect(widest(screen)).toBeLessThanOrEqual(PANE_80x24.width);
			expect(screen.split('\n').length).toBeLessThanOrEqual(PANE_80x24.height);
			expect(screen).toContain('암호 재설정(임시 암호, 로그인 때 변경)');
		}
		await r.d.press(keys.enter);
		await r.d.waitForText('진행할까요? (y/n)');
		expect(widest(r.d.screen())).toBeLessThanOrEqual(PANE_80x24.width);
		expect(r.d.screen().split('\n').length).toBeLessThanOrEqual(PANE_80x24.height);
		await r.d.press('y');
		await r.d.waitForText('임시 암호:');
		expect(widest(r.d.screen())).toBeLessThanOrEqual(PANE_80x24.width);
		expect(r.d.screen().split('\n').length).toBeLessThanOrEqual(PANE_80x24.height);
	});
});
