import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {runDryRunPlan} from '../../src/commands/plan.js';
import type {OpenedTenant} from '../../src/runtime/open-tenant.js';
import {WizardController} from '../../src/wizard/controller.js';
import {type PlanDocument, runHeadless} from '../../src/wizard/headless.js';
import {ProgressStore} from '../../src/wizard/progress-store.js';
import {testSession} from '../helpers/session.js';
import {contosoAssessment, TENANT_ID} from '../helpers/steps15-fixture.js';
import {engineSetup} from '../helpers/steps15-harness.js';
import {tempDir} from '../helpers/tmp.js';
import {en} from '../helpers/translator.js';

async function plan(options: {home?: string; json?: boolean; lang?: 'en' | 'ko'} = {}) {
	const home = options.home ?? tempDir();
	const session = testSession({
		home,
		flags: {demo: true, dryRun: true, yes: true, json: options.json ?? false, lang: options.lang},
	});
	let stdout = '';
	let stderr = '';
	let opened: OpenedTenant | undefined;
	const code = await runDryRunPlan(
		session,
		{out: text => (stdout += text), err: text => (stderr += text)},
		{host: {browserAvailable: false}, onOpened: o => (opened = o)},
	);
	return {code, stdout, stderr, sim: opened!.simulator!, home, session};
}

describe('mfa-onboard --demo --dry-run --yes', () => {
	it('prints the plan for steps 1–5 on stdout, sign-in on stderr, and makes zero writes', async () => {
		const {code, stdout, stderr, sim} = await plan();
		expect(code).toBe(0);
		expect(sim.log.writes()).toBe(0);
		expect(stdout).toMatch(/^# mfa-onboard plan — Contoso Partner \(contosopartner\.onmicrosoft\.com\)/);
		for (const heading of [
			'## Step 1 — Sign-in and tenant profile',
			'## Step 2 — Apps and devices that cannot do MFA',
			'## Step 3 — Office and modern authentication',
			'## Step 4 — Mobile-device policy and sign-in methods',
			'## Step 5 — Automation that signs in with user credentials',
		]) {
			expect(stdout).toContain(heading);
		}
		expect(stdout).toContain(
			'Is this the tenant you mean to bring to MFA for everyone?: **Yes, this is the right tenant**',
		);
		expect(stdout).toContain(
			'Authenticated SMTP · scanner.3f@contosopartner.onmicrosoft.com · RICOH IM C3000: **Replace',
		);
		expect(stdout).toContain('Get-OrganizationConfig | Format-Table Name,OAuth2ClientProfileEnabled');
		expect(stdout).toContain('AADSTS50076');
		expect(stdout).toMatch(/\[high\] svc-azure-automation@contosopartner\.onmicrosoft\.com still signs in/);
		// The runner walks every registered module, steps 6–9 included.
		expect(stdout).toContain('## Step 6 — Enforce MFA for everyone\n\n### Findings');
		expect(stdout).toContain('## Step 7 — Self-service password reset for admins\n\n### Findings');
		expect(stdout).toContain('## Step 9 — Summary\n\n### Findings');
		// A password reset is planned with its reason for having no undo, never with an undo command.
		expect(stdout).toMatch(
			/Change recovery\.reset\.[0-9a-f]{8} · .* cannot be undone: a password reset cannot be reversed/,
		);
		expect(stdout).not.toMatch(/undo recovery\.reset/);
		expect(stderr).not.toContain('# mfa-onboard plan');
		expect(stderr).toContain('devicelogin');
		expect(stdout).not.toContain('devicelogin');
	}, 30_000);

	it('shows the saved answers’ changes as exact requests, still with zero writes and the progress file untouched', async () => {
		const home = tempDir();
		const session = testSession({home, flags: {demo: true}});
		const store = ProgressStore.open({
			dir: session.paths.progressDir,
			tenant: {id: TENANT_ID},
			mode: 'demo',
			now: () => '2026-11-26T10:00:00Z',
			t: en,
		});
		const controller = new WizardController(store.progress, store, {dryRun: false});
		controller.dispatch({
			type: 'answer-given',
			step: 'mobile',
			key: 'phonesAtWork',
			value: 'someGroups',
			at: '2026-11-26T10:00:00Z',
		});
		controller.dispatch({
			type: 'step-skipped',
			step: 'office',
			reason: 'Office handled by the desktop team',
			at: '2026-11-26T10:00:00Z',
		});
		const before = fs.readFileSync(store.file, 'utf8');
		const {code, stdout, sim} = await plan({home, json: true});
		expect(code).toBe(0);
		expect(sim.log.writes()).toBe(0);
		expect(fs.readFileSync(store.file, 'utf8')).toBe(before);
		const doc = JSON.parse(stdout) as PlanDocument;
		expect(doc).toMatchObject({schemaVersion: 1, kind: 'mfa-onboard-plan', dryRun: true, mode: 'demo'});
		expect(doc.steps.map(s => s.status)).toEqual([
			'planned',
			'planned',
			'skipped',
			'planned',
			'planned',
			'planned',
			'planned',
			'planned',
			'planned',
		]);
		expect(doc.steps[2]?.skipReason).toBe('Office handled by the desktop team');
		const mobile = doc.steps.find(s => s.step === 'mobile')!;
		expect(mobile.changes.map(c => [c.method, c.url, c.state])).toEqual([
			[
				'PATCH',
				'https://graph.microsoft.com/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Fido2',
				'update',
			],
			[
				'PATCH',
				'https://graph.microsoft.com/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass',
				'update',
			],
		]);
		expect(mobile.changes[0]?.body).toEqual({
			'@odata.type': '#microsoft.graph.fido2AuthenticationMethodConfiguration',
			state: 'enabled',
		});
		expect(doc.summary).toMatchObject({stepsPlanned: 8, stepsNotAvailable: 0, stepsFailed: 0});
		expect(doc.steps.slice(0, 5).reduce((n, s) => n + s.changes.length, 0)).toBe(2);
	}, 30_000);

	it('speaks Korean with --lang ko', async () => {
		const {stdout} = await plan({lang: 'ko'});
		expect(stdout).toContain('# mfa-onboard 계획 — Contoso Partner');
		expect(stdout).toContain('## 1단계 — 로그인과 테넌트 프로필');
		expect(stdout).toContain('## 5단계 — 사용자 자격 증명으로 로그인하는 자동화');
	}, 30_000);
});

describe('runHeadless', () => {
	it('refuses an engine that is not in dry-run', async () => {
		const {engine} = await engineSetup({dryRun: false});
		await expect(
			runHeadless(engine, {t: en, toolVersion: '0', mode: 'demo', graphRoot: 'https://graph.microsoft.com'}),
		).rejects.toThrow('dry-run');
	});

	it('walks only the steps asked for and reports a step that fails to assess', async () => {
		const assessment = contosoAssessment();
		const {engine} = await engineSetup({dryRun: true, assessment: {...assessment, methods: null as never}});
		const doc = await runHeadless(engine, {
			t: en,
			toolVersion: '0',
			mode: 'demo',
			graphRoot: 'https://graph.microsoft.com',
			steps: ['profile', 'mobile'],
		});
		expect(doc.steps.map(s => [s.step, s.status])).toEqual([
			['profile', 'planned'],
			['mobile', 'failed'],
		]);
		expect(doc.summary.stepsFailed).toBe(1);
	});
});

describe('the plan and a running wizard', () => {
	it('is refused while another run holds the tenant, naming it', async () => {
		const home = tempDir();
		const session = testSession({home, flags: {demo: true}});
		fs.mkdirSync(session.paths.progressDir, {recursive: true});
		fs.writeFileSync(
			`${session.paths.progressDir}/${TENANT_ID}.lock`,
			JSON.stringify({
				pid: process.pid,
				hostname: 'test-host',
				command: 'mfa-onboard --demo',
				startedAt: '2026-11-26T09:00:00Z',
			}),
		);
		await expect(plan({home})).rejects.toThrow(/Another mfa-onboard is working on this tenant/);
	}, 30_000);
});
