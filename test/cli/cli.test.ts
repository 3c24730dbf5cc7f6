import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {FLAGS, NAMED_COMMANDS} from '../../src/cli/spec.js';
import {ROOT, runCli} from '../helpers/cli.js';
import {tempDir} from '../helpers/tmp.js';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {version: string};

describe('the built CLI', () => {
	it('--version prints the package version and nothing else', async () => {
		const result = await runCli(['--version']);
		expect(result).toEqual({code: 0, stdout: `${pkg.version}\n`, stderr: ''});
	});

	it('--help lists every command and flag, with examples', async () => {
		const {code, stdout} = await runCli(['--help']);
		expect(code).toBe(0);
		for (const command of NAMED_COMMANDS) expect(stdout).toContain(`\n  ${command} `);
		for (const flag of FLAGS) expect(stdout).toContain(`--${flag.name}`);
		expect(stdout).toContain('Examples:');
		expect(stdout).toContain('npx mfa-onboard --dry-run --yes');
	});

	it('<command> --help shows that command’s own options', async () => {
		const {code, stdout} = await runCli(['check', '--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('Usage: mfa-onboard check');
		expect(stdout).toContain('--break-glass');
		expect(stdout).not.toContain('--scenario');
	});

	it('--help speaks Korean with --lang ko or a Korean LANG', async () => {
		expect((await runCli(['--help', '--lang', 'ko'])).stdout).toContain('사용법');
		expect((await runCli(['--help'], {LANG: 'ko_KR.UTF-8'})).stdout).toContain('명령');
	});

	it('an unknown flag is one line with the closest valid one, exit 2, no stack trace', async () => {
		const {code, stdout, stderr} = await runCli(['--dry-rn']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.split('\n')[0]).toBe('Error: Unknown option --dry-rn. Did you mean --dry-run?');
		expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
	});

	it('an unknown command suggests the closest one', async () => {
		const {code, stderr} = await runCli(['chek']);
		expect(code).toBe(2);
		expect(stderr).toContain('Did you mean “check”?');
	});

	it('the wizard without a terminal points to check and --dry-run --yes, exit 2', async () => {
		const {code, stderr} = await runCli(['--demo'], {MFA_ONBOARD_HOME: tempDir()});
		expect(code).toBe(2);
		expect(stderr).toContain('needs a terminal');
		expect(stderr).toContain('mfa-onboard check');
		expect(stderr).toContain('--dry-run --yes');
	});

	it('the wizard refuses to start under CI even with a terminal-looking environment', async () => {
		const {code, stderr} = await runCli(['--demo'], {CI: 'true', MFA_ONBOARD_HOME: tempDir()});
		expect(code).toBe(2);
		expect(stderr).toContain('runs in CI');
	});

	it('--yes without --dry-run is refused before anything else happens', async () => {
		const {code, stderr} = await runCli(['--yes']);
		expect(code).toBe(2);
		expect(stderr).toContain('--yes is only accepted with --dry-run');
	});

	it('--graph-endpoint refuses plain http to a non-loopback host', async () => {
		const {code, stderr} = await runCli(['check', '--graph-endpoint', 'http://graph.example.com']);
		expect(code).toBe(2);
		expect(stderr).toContain('unencrypted');
	});
});
