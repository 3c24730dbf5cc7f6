import {describe, expect, it} from 'vitest';
import {explain} from '../../src/commands/explain.js';
import {EXIT, UserError} from '../../src/errors.js';
import {createTranslator} from '../../src/i18n/index.js';
import {AADSTS, AADSTS_CODES, aadstsText} from '../../src/knowledge/aadsts.js';
import {runCli} from '../helpers/cli.js';

const en = createTranslator('en');
const ko = createTranslator('ko');

describe('mfa-onboard explain', () => {
	it.each(AADSTS_CODES.map(code => [code]))('explains AADSTS%s offline: meaning, cause, fix and link', code => {
		for (const input of [`AADSTS${code}`, String(code), `Error: AADSTS${code}: something went wrong. Trace ID: 1`]) {
			const {exitCode, text} = explain(input, en);
			expect(exitCode).toBe(EXIT.ok);
			expect(text.split('\n')[0]).toBe(`AADSTS${code} — ${aadstsText(code, 'm', en)}`);
			expect(text).toContain(`Likely cause: ${aadstsText(code, 'c', en)}`);
			expect(text).toContain(`What to do: ${aadstsText(code, 'f', en)}`);
			expect(text).toContain(AADSTS[code].link);
		}
		const korean = explain(`AADSTS${code}`, ko).text;
		expect(korean).toContain(`해결 방법: ${aadstsText(code, 'f', ko)}`);
	});

	it('an unknown code gets Microsoft’s lookup page and exit 1', () => {
		const {exitCode, text} = explain('AADSTS12345', en);
		expect(exitCode).toBe(EXIT.notCompliant);
		expect(text).toContain('https://login.microsoftonline.com/error?code=12345');
		expect(text).toContain('AADSTS12345 is not one this tool explains offline');
	});

	it('text without a code is a usage error; no argument lists the catalogue', () => {
		expect(() => explain('no code here', en)).toThrow(UserError);
		const listed = explain('', en);
		expect(listed.exitCode).toBe(EXIT.ok);
		for (const code of AADSTS_CODES) expect(listed.text).toContain(`AADSTS${code}`);
	});

	it('the built CLI: a whole pasted message, an unknown code (exit 1), Korean', async () => {
		const pasted = await runCli([
			'explain',
			'AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication',
		]);
		expect(pasted.code).toBe(0);
		expect(pasted.stdout).toContain('AADSTS50076 —');
		const unknown = await runCli(['explain', '99999']);
		expect(unknown.code).toBe(1);
		expect(unknown.stdout).toContain('https://login.microsoftonline.com/error?code=99999');
		const korean = await runCli(['explain', '700082', '--lang', 'ko']);
		expect(korean.code).toBe(0);
		expect(korean.stdout).toContain('해결 방법:');
		const none = await runCli(['explain', 'hello']);
		expect(none.code).toBe(2);
		expect(none.stderr).toContain('No AADSTS error code');
	});
});
