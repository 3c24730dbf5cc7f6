import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {runCli} from '../test/helpers/cli.js';
import {tempDir} from '../test/helpers/tmp.js';
import {type PtyRun, spawnCli} from './pty.js';

const DEMO_TENANT_ID = '4d3e6f1a-2b7c-4e8d-9a0b-c0c1d2e3f4a5';
const RIGHT = '\u001B[C';
const LEFT = '\u001B[D';
const DOWN = '\u001B[B';

/** The step pane's text (right of the step list), wrapping and whitespace ignored. */
function pane(run: PtyRun): string {
	return run
		.screen()
		.split('\n')
		.map(line => {
			const start = line.indexOf('││');
			return start < 0 ? '' : line.slice(start + 2).replace(/│\s*$/, '');
		})
		.join('')
		.replace(/\s+/g, '');
}

async function waitForPane(run: PtyRun, text: string, timeout = 20_000) {
	const squashed = text.replace(/\s+/g, '');
	await vi.waitFor(
		async () => {
			if (!pane(run).includes(squashed)) throw new Error(`The pane does not show “${text}”:\n${run.screen()}`);
		},
		{timeout, interval: 20},
	);
}

/**
 * Sends a key and waits until the screen changes. Ink subscribes a new component to the keyboard in an effect that
 * runs just after its first frame is drawn, so a key sent the instant a new panel appears can reach nobody; a key
 * whose effect never shows within a few seconds is therefore sent once more (content-based, no fixed sleep).
 */
async function act(run: PtyRun, key: string, patience = 5_000) {
	const before = run.screen();
	const changed = (timeout: number) =>
		vi
			.waitFor(
				() => {
					if (run.screen() === before) throw new Error(`Nothing changed after ${JSON.stringify(key)}:\n${before}`);
				},
				{timeout, interval: 20},
			)
			.then(() => true);
	await run.write(key);
	if (!(await changed(patience).catch(() => false))) {
		await run.write(key);
		await changed(30_000);
	}
}

/** Moves right through the tabs until `label` is the active one. */
async function tab(run: PtyRun, label: string) {
	for (let i = 0; i < 6 && !run.screen().includes(`[${label}]`); i++) await act(run, RIGHT);
	await run.waitFor(`[${label}]`);
}

/** Presses ↓ until `target` shows. */
async function downUntil(run: PtyRun, target: RegExp, max = 12) {
	for (let i = 0; i < max && !target.test(run.screen()); i++) await act(run, DOWN);
	await run.waitFor(target);
}

/** Types into a note field (one write, so it cannot be half-lost) and waits for the text to show. */
async function type(run: PtyRun, text: string) {
	await act(run, text);
	await waitForPane(run, text);
}

/** Finishes the open step (f), leaves its plan review (Enter) and opens the next one (Enter). */
async function finishAndOpenNext(run: PtyRun, next: number) {
	await act(run, 'f');
	await waitForPane(run, 'Enter to continue');
	await act(run, '\r');
	await run.waitFor(`Step ${next} of 9`);
	await act(run, '\r');
	// The pane has the keyboard when the footer offers Esc.
	await run.waitFor(/esc back/);
	await run.waitFor(/\[(Findings|Overview)\]/);
}

describe('steps 1–5 of the demo in a real terminal', () => {
	it('walks steps 1–5 on the Contoso story, records decisions, quits and resumes at step 6 with them intact', async () => {
		const home = tempDir();
		const run = spawnCli(['--demo'], {MFA_ONBOARD_HOME: home});
		await run.waitFor('Step 1 of 9');
		await act(run, '\r');
		await waitForPane(run, 'Signed in as Sarah Chen', 60_000);

		// Step 1: the profile, then the confirmation tab.
		await tab(run, 'Enforcement');
		await waitForPane(run, 'Security defaults: off.');
		await tab(run, 'Confirm');
		await waitForPane(run, 'Is this the tenant you mean');
		await act(run, '\r');
		await waitForPane(run, 'Saved.');
		await finishAndOpenNext(run, 2);

		// Step 2: the scanner is accepted with a note.
		await waitForPane(run, 'Authenticated SMTP:');
		await tab(run, 'Decide');
		await downUntil(run, /❯ {2}○ scanner\.3f/);
		await act(run, '\r');
		await waitForPane(run, 'SMTP relay connector');
		await downUntil(run, /❯ Accept, with a note/);
		await act(run, '\r');
		await waitForPane(run, 'A note for the record');
		await type(run, 'replaced by the new copier in January');
		await act(run, '\r');
		await run.waitFor('● scanner.3f');
		await finishAndOpenNext(run, 3);

		// Step 3: Exchange modern authentication was checked and is on.
		await tab(run, 'Exchange');
		await act(run, '\u001B[A');
		await act(run, '\u001B[A');
		await run.waitFor('❯ On (True)');
		await act(run, '\r');
		await waitForPane(run, 'Saved.');
		await finishAndOpenNext(run, 4);

		// Step 4: phones are allowed (the recommendation, chosen explicitly).
		await tab(run, 'Phones');
		await act(run, '\r');
		await waitForPane(run, 'Saved.');
		await finishAndOpenNext(run, 5);

		// Step 5: the PSA integration is accepted with a reason; the scanner was closed by step 2's decision.
		await tab(run, 'Accounts');
		await run.waitFor(/✔ scanner\.3f.*resolved/);
		await downUntil(run, /❯ ○ svc-psa/);
		await act(run, '\r');
		await waitForPane(run, 'Fix: Secure Application Model');
		await act(run, 'a');
		await waitForPane(run, 'Why is this account accepted as it is?');
		await type(run, 'vendor moves to the app in March');
		await act(run, '\r');
		await waitForPane(run, 'Accepted: vendor moves to the app in March');
		await act(run, LEFT);
		await run.waitFor(/≈ svc-psa/);
		await act(run, 'f');
		await waitForPane(run, 'Enter to continue');
		await act(run, '\r');
		await run.waitFor('Step 6 of 9');
		await run.write('q');
		expect(await run.exited).toBe(0);
		expect(run.output()).toContain('Progress saved to');

		const saved = JSON.parse(fs.readFileSync(path.join(home, 'progress', `${DEMO_TENANT_ID}.json`), 'utf8'));
		for (const step of ['profile', 'legacy-auth', 'office', 'mobile', 'automation']) {
			expect(saved.steps[step].status, step).toBe('done');
		}
		expect(saved.steps.profile.answers).toEqual({tenantConfirmed: 'yes'});
		expect(Object.values(saved.steps['legacy-auth'].answers.decisions)).toEqual([
			{decision: 'accept', note: 'replaced by the new copier in January'},
		]);
		expect(saved.steps.office.answers).toEqual({exoModernAuth: 'enabled'});
		expect(saved.steps.mobile.answers).toEqual({phonesAtWork: 'allowed'});
		expect(saved.steps.automation.answers.accounts['svc-psa@contosopartner.onmicrosoft.com']).toEqual({
			done: [],
			accepted: 'vendor moves to the app in March',
		});

		// Resume: straight to step 6, and step 2's decision is still there.
		const again = spawnCli(['--demo', '--resume'], {MFA_ONBOARD_HOME: home});
		await again.waitFor('Step 6 of 9');
		for (let n = 5; n >= 2; n--) {
			await act(again, '\u001B[A');
			await again.waitFor(`Step ${n} of 9`);
		}
		await act(again, '\r');
		await again.waitFor(/esc back/);
		await again.waitFor('[Findings]', 60_000);
		await tab(again, 'Decide');
		await again.waitFor('● scanner.3f');
		await again.write('q');
		expect(await again.exited).toBe(0);
	}, 180_000);

	it('prints the plan with --dry-run --yes without a terminal, in Markdown and JSON', async () => {
		const home = tempDir();
		const markdown = await runCli(['--demo', '--dry-run', '--yes'], {MFA_ONBOARD_HOME: home});
		expect(markdown.code).toBe(0);
		expect(markdown.stdout).toMatch(/^# mfa-onboard plan — Contoso Partner/);
		for (let n = 1; n <= 5; n++) expect(markdown.stdout).toContain(`## Step ${n} — `);
		expect(markdown.stderr).toContain('Signed in as sarah.chen@contosopartner.onmicrosoft.com');
		const json = await runCli(['--demo', '--dry-run', '--yes', '--json'], {MFA_ONBOARD_HOME: home});
		expect(json.code).toBe(0);
		const plan = JSON.parse(json.stdout);
		expect(plan).toMatchObject({kind: 'mfa-onboard-plan', dryRun: true, mode: 'demo'});
		expect(plan.steps.slice(0, 5).map((s: {status: string}) => s.status)).toEqual([
			'planned',
			'planned',
			'planned',
			'planned',
			'planned',
		]);
	}, 120_000);
});
