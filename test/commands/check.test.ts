/**
 * `mfa-onboard check` in-process against the simulator, through the live path (`--auth token --graph-endpoint`):
 * stdout purity with --json, the summary, --output, the saved assessment, --days, exit codes, the progress line.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {listSavedReports} from '../../src/assessment/saved.js';
import {runCheck} from '../../src/commands/check.js';
import type {UserError} from '../../src/errors.js';
import {reportToJson} from '../../src/report/json.js';
import type {Flags} from '../../src/session.js';
import {NOW, simGraph} from '../assessment/helpers.js';
import {testSession} from '../helpers/session.js';
import {tempDir} from '../helpers/tmp.js';
import {expectValidReport} from '../report/schema-helper.js';

interface Run {
	code: number;
	stdout: string;
	stderr: string;
	home: string;
}

async function check(
	started: {url: string; token: string; sim: {tenantId: string}},
	flags: Partial<Flags> = {},
	extra: {lang?: string; stderrIsTTY?: boolean; token?: string} = {},
): Promise<Run> {
	const home = tempDir();
	// A virtual clock that moves when the Graph layer waits (its pacer keeps the live limits: 5 sign-in requests per
	// 10 s), so the run takes no real time and still paces.
	let clock = NOW.getTime();
	const base = testSession({
		home,
		command: 'check',
		flags: {auth: 'token', graphEndpoint: started.url, tenant: started.sim.tenantId, ...flags},
		now: () => clock,
		sleep: async ms => {
			clock += ms;
		},
		env: {MFA_ONBOARD_ACCESS_TOKEN: extra.token ?? started.token, ...(extra.lang ? {LANG: extra.lang} : {})},
	});
	const session = {...base, terminal: {...base.terminal, stderrIsTTY: extra.stderrIsTTY ?? false}};
	let stdout = '';
	let stderr = '';
	const code = await runCheck(session, {
		out: text => {
			stdout += text;
		},
		err: text => {
			stderr += text;
		},
		ui: {canPrompt: false},
		host: {browserAvailable: false},
	});
	return {code, stdout, stderr, home};
}

describe('check', () => {
	it('--json: exactly the report on stdout, exit 1 when not compliant, the assessment saved (0600, no token)', async () => {
		const started = await simGraph();
		const run = await check(started, {json: true});
		expect(run.code).toBe(1);
		const report = expectValidReport(JSON.parse(run.stdout));
		expect(run.stdout).toBe(reportToJson(report));
		expect(report).toMatchObject({mode: 'live', compliant: false, tenant: {cloud: 'custom'}});
		expect(run.stderr).not.toContain('{');
		expect(run.stderr).not.toContain(started.token);
		const [saved] = listSavedReports(path.join(run.home, 'progress'));
		expect(saved?.tenantId).toBe(started.sim.tenantId);
		expect(fs.statSync(saved!.file).mode & 0o777).toBe(0o600);
		expect(fs.readFileSync(saved!.file, 'utf8')).not.toContain(started.token);
	});

	it('without --json: a summary in words (Korean too); --output writes the JSON report', async () => {
		const started = await simGraph();
		const run = await check(started, {output: 'out/report.json'}, {lang: 'ko_KR.UTF-8'});
		expect(run.stdout).toContain('결과: 준수하지 않음.');
		expect(run.stdout).toContain('조건부 액세스 정책');
		const file = path.join(run.home, 'out', 'report.json');
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expectValidReport(JSON.parse(fs.readFileSync(file, 'utf8')));
		expect(run.stderr).toContain(file);
	});

	it('exit 0 when compliant (security defaults on)', async () => {
		const started = await simGraph();
		started.sim.control.mutate(state => {
			state.caPolicies = [];
		});
		started.sim.control.setSecurityDefaults(true);
		const run = await check(started, {json: true});
		expect(JSON.parse(run.stdout).compliant).toBe(true);
		expect(run.code).toBe(0);
	});

	it('exit 4 when compliance is unknown, with the report still printed', async () => {
		const started = await simGraph({
			scopes: [
				'User.Read',
				'User.Read.All',
				'Organization.Read.All',
				'RoleManagement.Read.Directory',
				'AuditLog.Read.All',
			],
		});
		const run = await check(started, {json: true});
		expect(run.code).toBe(4);
		expect(expectValidReport(JSON.parse(run.stdout)).compliant).toBeNull();
	});

	it('--days beyond retention is capped, with a notice on stderr only', async () => {
		const started = await simGraph();
		const run = await check(started, {json: true, days: 90});
		expect(JSON.parse(run.stdout).window.days).toBe(30);
		expect(run.stderr).toMatch(/asked for 90 days .* keeps 30/);
	});

	it('--days must be a whole number of days: exit 2', async () => {
		const started = await simGraph();
		await expect(check(started, {days: 0})).rejects.toMatchObject({exitCode: 2} satisfies Partial<UserError>);
		await expect(check(started, {days: 1.5})).rejects.toMatchObject({exitCode: 2});
	});

	it('an access token Graph refuses: a sign-in error, exit 3', async () => {
		const started = await simGraph();
		const expired = started.sim.issueToken({lifetimeSeconds: -600});
		await expect(check(started, {json: true}, {token: expired})).rejects.toMatchObject({exitCode: 3});
	});

	it('shows a progress line on stderr only when stderr is a terminal', async () => {
		const started = await simGraph();
		const tty = await check(started, {json: true}, {stderrIsTTY: true});
		expect(tty.stderr).toMatch(/\rReading the tenant… .*sign-ins/);
		expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
		const pipe = await check(started, {json: true});
		expect(pipe.stderr).not.toContain('Reading the tenant');
	});
});
