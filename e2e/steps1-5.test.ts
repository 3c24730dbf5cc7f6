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
			await run.write('');
			if (!pane(run).includes(squashed)) throw new Error(`The pane does not show “${text}”:\n${run.screen()}`);
		},
		{timeout, interval: 20},
	);
}

/** Finishes the open step (f), leaves its plan review (Enter) and opens the next one (Enter). */
async function finishAndOpenNext(run: PtyRun, next: number) {
	await run.write('f');
	await waitForPane(run, 'Enter to continue');
	await run.write('\r');
	await run.waitFor(`Step ${next} of 9`);
	await run.write('\r');
	await run.waitFor(/\[(Findings|Overview)\]/);
}

describe('steps 1–5 of the demo in a real terminal', () => {
	it('walks steps 1–5 on the Contoso story, records decisions, quits and resumes at step 6 with them intact', async () => {
		const home = tempDir();
		const run = spawnCli(['--demo'], {MFA_ONBOARD_HOME: home});
		await run.waitFor('Step 1 of 9');
		await run.write('\r');
		await waitForPane(run, 'Signed in as Sarah Chen', 60_000);

		// Step 1: the profile, then the confirmation tab.
		await run.write(RIGHT);
		await waitForPane(run, 'Security defaults: off.');
		await run.write(RIGHT);
		await run.write(RIGHT);
		await waitForPane(run, 'Is this the tenant you mean');
		await run.write('\r');
		await finishAndOpenNext(run, 2);

		// Step 2: the scanner is accepted with a note.
		await waitForPane(run, 'Authenticated SMTP:');
		await run.write(RIGHT);
		await run.waitFor('[Decide]');
		await run.write(DOWN);
		await run.waitFor(/❯ {2}○ scanner\.3f/);
		await run.write('\r');
		await waitForPane(run, 'SMTP relay connector');
		await run.write(DOWN);
		await run.write(DOWN);
		await run.waitFor('❯ Accept, with a note');
		await run.write('\r');
		await waitForPane(run, 'A note for the record');
		await run.write('replaced by the new copier in January');
		await run.waitFor('replaced by the new copier');
		await run.write('\r');
		await run.waitFor('● scanner.3f');
		await finishAndOpenNext(run, 3);

		// Step 3: Exchange modern authentication was checked and is on.
		await run.write(RIGHT);
		await run.write(RIGHT);
		await run.waitFor('[Exchange]');
		await run.write('\u001B[A');
		await run.write('\u001B[A');
		await run.waitFor('❯ On (True)');
		await run.write('\r');
		await finishAndOpenNext(run, 4);

		// Step 4: phones are allowed (the recommendation, chosen explicitly).
		await run.write(RIGHT);
		await run.waitFor('[Phones]');
		await run.write('\r');
		await finishAndOpenNext(run, 5);

		// Step 5: the PSA integration is accepted with a reason.
		await run.write(RIGHT);
		await run.waitFor('[Accounts]');
		await waitForPane(run, 'svc-psa');
		for (let i = 0; i < 8 && !/❯ ○ svc-psa/.test(run.screen()); i++) await run.write(DOWN);
		await run.waitFor(/❯ ○ svc-psa/);
		await run.write('\r');
		await waitForPane(run, 'Fix: Secure Application Model');
		await run.write('a');
		await waitForPane(run, 'Why is this account accepted as it is?');
		await run.write('vendor moves to the app in March');
		await run.waitFor('vendor moves to the app');
		await run.write('\r');
		await waitForPane(run, 'Accepted: vendor moves to the app in March');
		await run.write(LEFT);
		await run.waitFor(/≈ svc-psa/);
		await run.write('f');
		await waitForPane(run, 'Enter to continue');
		await run.write('\r');
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
		for (let i = 0; i < 4; i++) await again.write('\u001B[A');
		await again.waitFor('Step 2 of 9');
		await again.write('\r');
		await again.write(RIGHT);
		await again.waitFor('● scanner.3f', 60_000);
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
