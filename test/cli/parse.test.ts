import {describe, expect, it} from 'vitest';
import {parseArgs} from '../../src/cli/parse.js';
import {FLAGS} from '../../src/cli/spec.js';
import {closest} from '../../src/cli/suggest.js';
import {UserError} from '../../src/errors.js';
import {en, ko} from '../helpers/translator.js';

function usage(argv: string[], t = en): UserError {
	try {
		parseArgs(argv, t);
	} catch (error) {
		if (error instanceof UserError) return error;
		throw error;
	}
	throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('argument parsing', () => {
	it('defaults to the wizard with global cloud and colour on', () => {
		const parsed = parseArgs([], en);
		expect(parsed.command).toBe('wizard');
		expect(parsed.flags).toMatchObject({cloud: 'global', color: true, demo: false, breakGlass: []});
	});

	it('reads commands, typed values and lists', () => {
		const parsed = parseArgs(['check', '--json', '--days', '7', '--break-glass', ' bg1@x.com, 0000-id ,'], en);
		expect(parsed).toMatchObject({
			command: 'check',
			flags: {json: true, days: 7, breakGlass: ['bg1@x.com', '0000-id']},
		});
		expect(parseArgs(['explain', 'AADSTS50076:', 'Due', 'to'], en).args).toEqual(['AADSTS50076:', 'Due', 'to']);
		expect(parseArgs(['--no-color'], en).flags.color).toBe(false);
		expect(parseArgs(['--cloud=usgov', '--tenant', 'contoso.com'], en).flags).toMatchObject({
			cloud: 'usgov',
			tenant: 'contoso.com',
		});
	});

	it.each([
		[['--dry-rn'], 'Unknown option --dry-rn. Did you mean --dry-run?'],
		[['--demoo'], 'Did you mean --demo?'],
		[['--colour'], 'Unknown option --colour.'],
		[['chek'], 'Unknown command “chek”. Did you mean “check”?'],
		[['explian', 'x'], 'Did you mean “explain”?'],
		[['frobnicate'], 'Unknown command “frobnicate”.'],
		[['-x'], 'Unknown option -x.'],
	])('refuses %j with the closest valid one', (argv, message) => {
		const error = usage(argv);
		expect(error.message).toContain(message);
		expect(error.exitCode).toBe(2);
	});

	it('refuses options given to a command they do not apply to', () => {
		expect(usage(['check', '--scenario', 'large']).message).toBe(
			'--scenario does not apply to check; it is for: simulate.',
		);
		expect(usage(['--format', 'md']).message).toContain('does not apply to the wizard');
	});

	it('refuses bad values with the accepted ones', () => {
		expect(usage(['--cloud', 'usgovv']).message).toBe(
			'--cloud “usgovv” is not one of: global, usgov, usgovdod, china.',
		);
		expect(usage(['--cloud', 'usgovv']).hint).toBe('--cloud usgov?');
		expect(usage(['check', '--days', 'thirty']).message).toBe('--days needs a number, got “thirty”.');
		expect(usage(['--tenant']).message).toBe('--tenant needs a value.');
	});

	it('refuses --yes without --dry-run: applying always needs an interactive confirmation', () => {
		const error = usage(['--yes']);
		expect(error.message).toContain('--yes is only accepted with --dry-run');
		expect(error.hint).toContain('--dry-run --yes');
		expect(parseArgs(['--dry-run', '--yes', '--json'], en).flags).toMatchObject({dryRun: true, yes: true, json: true});
	});

	it('refuses contradictions and live-only options with --demo', () => {
		expect(usage(['--resume', '--fresh']).message).toContain('contradict');
		expect(usage(['--json']).message).toContain('needs --dry-run --yes');
		expect(usage(['--demo', '--tenant', 'x.com']).message).toContain('--demo uses the built-in tenant');
		expect(usage(['report', 'extra']).message).toContain('does not take “extra”');
	});

	it('speaks Korean when asked', () => {
		expect(usage(['--dry-rn'], ko).message).toBe('알 수 없는 옵션 --dry-rn. --dry-run을(를) 말씀하신 건가요?');
	});

	it('knows every flag PRODUCT.md and the issues list', () => {
		const names = FLAGS.map(f => f.name);
		for (const name of [
			'demo',
			'dry-run',
			'resume',
			'fresh',
			'tenant',
			'client-id',
			'cloud',
			'auth',
			'graph-endpoint',
			'lang',
			'no-color',
			'verbose',
			'yes',
			'help',
			'version',
		]) {
			expect(names).toContain(name);
		}
	});

	it('suggests only plausible typos', () => {
		expect(closest('dryrun', ['dry-run', 'demo'])).toBe('dry-run');
		expect(closest('zzzzzz', ['dry-run', 'demo'])).toBeUndefined();
		expect(closest('sim', ['simulate', 'setup'])).toBe('simulate');
	});
});
