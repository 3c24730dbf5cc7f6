/**
 * The built CLI end to end: `check --demo --json` (the demo story, stdout purity, exit code), `report` afterwards
 * from the saved assessment, and `check` against a running simulator through `--auth token --graph-endpoint`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseCsv} from '../../src/graph/reports.js';
import {reportToJson} from '../../src/report/json.js';
import {DEMO_TENANT} from '../../src/simulator/index.js';
import {simGraph} from '../assessment/helpers.js';
import {runCli} from '../helpers/cli.js';
import {tempDir} from '../helpers/tmp.js';
import {expectValidReport} from '../report/schema-helper.js';

describe('mfa-onboard check / report (built CLI)', () => {
	it('check --demo --json, then report in every format from the saved assessment', async () => {
		const home = tempDir();
		const env = {MFA_ONBOARD_HOME: home};
		const run = await runCli(['check', '--demo', '--json'], env);
		expect(run.code).toBe(1);
		const report = expectValidReport(JSON.parse(run.stdout));
		// Nothing but the report on stdout; the sign-in prompt went to stderr.
		expect(run.stdout).toBe(reportToJson(report));
		expect(run.stderr).toMatch(/devicelogin/);
		expect(report).toMatchObject({mode: 'demo', compliant: false, tenant: {id: DEMO_TENANT.id}});
		expect(report.legacyAuth.users).toBe(4);
		expect(report.automation.accounts.length).toBe(5);
		expect(report.enforcement.policies[0]?.state).toBe('enabledForReportingButNotEnforced');

		const json = await runCli(['report', '--demo', '--format', 'json'], env);
		expect(json.code).toBe(0);
		expect(json.stdout).toBe(run.stdout);

		const html = path.join(home, 'report.html');
		const written = await runCli(['report', '--demo', '--format', 'html', '--output', html], env);
		expect(written.code).toBe(0);
		expect(fs.readFileSync(html, 'utf8')).not.toMatch(/<script|\b(src|href)\s*=/i);

		const csv = await runCli(['report', '--format', 'csv'], env);
		expect(csv.code).toBe(0);
		expect(parseCsv(csv.stdout).filter(r => r.list === 'legacy-users')).toHaveLength(4);

		const md = await runCli(['report', '--format', 'md', '--lang', 'ko'], env);
		expect(md.stdout).toContain('## 결과');
	}, 90_000);

	it('check --auth token --graph-endpoint against a running simulator', async () => {
		// The child reads the real clock: the simulator's tokens must be valid on it too.
		const {sim, url, token} = await simGraph({clock: {now: () => Date.now()}});
		// Without P1 the sign-in log is refused at once: the live pacer (5 requests per 10 s) would otherwise make this
		// test wait half a minute of real time.
		sim.control.setLicences('free');
		const home = tempDir();
		const run = await runCli(
			['check', '--json', '--auth', 'token', '--graph-endpoint', url, '--tenant', sim.tenantId, '--verbose'],
			{MFA_ONBOARD_HOME: home, MFA_ONBOARD_ACCESS_TOKEN: token},
		);
		expect(run.code).toBe(1);
		expect(expectValidReport(JSON.parse(run.stdout)).tenant.cloud).toBe('custom');
		expect(run.stderr).toMatch(/\[graph\] requests \d+: .*signIns \d+/);
		expect(run.stderr).not.toContain(token);
	}, 60_000);

	it('report with nothing saved: a clear error, exit 2', async () => {
		const run = await runCli(['report', '--format', 'md'], {MFA_ONBOARD_HOME: tempDir()});
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/no saved assessment/i);
		expect(run.stdout).toBe('');
	});

	it('check --days 0: a usage error, exit 2', async () => {
		const run = await runCli(['check', '--demo', '--days', '0'], {MFA_ONBOARD_HOME: tempDir()});
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
	});
});
