import type {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {SsprView, type SsprViewProps} from '../../../src/ui/steps/SsprView.js';
import {keys} from '../../helpers/ink.js';
import {type RecoverHarness, recoverHarness} from '../../helpers/recover-engine.js';
import {recoverAssessment} from '../../helpers/recover-fixtures.js';
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

const fast = (props: SsprViewProps) => <SsprView {...props} recheckIntervalMs={50} />;
const slow = (props: SsprViewProps) => <SsprView {...props} recheckIntervalMs={3_600_000} />;

function widest(screen: string): number {
	return Math.max(...screen.split('\n').map(line => stringWidth(line)));
}

describe('SsprView', () => {
	it('lists the admins, Global Administrators first, and ticks the Exchange admin off on the interval', async () => {
		harness = await recoverHarness({sim: {story: {exchangeAdminDelayMs: 0}}});
		const r = renderStep({engine: harness.engine, step: 'sspr', view: fast, t: en});
		instance = r.instance;
		await r.d.waitForText('4 of 6 admins registered · 1 without MFA');
		const lines = r.d.screen().split('\n');
		const row = (name: string) => lines.find(l => l.includes(name)) ?? '';
		expect(lines.findIndex(l => l.includes('David Miller'))).toBeLessThan(lines.findIndex(l => l.includes('박지훈')));
		expect(row('김민준')).toMatch(/✖\s+✖\s+김민준 · Exchange Administrator/);
		expect(row('David Miller')).toContain('(eligible)');
		expect(r.d.screen()).toContain('Register: https://aka.ms/mysecurityinfo');
		// The simulator's story registers him after his details are read; the next interval ticks him off.
		await r.d.waitForText('✔ 김민준 registered');
		expect(
			r.d
				.screen()
				.split('\n')
				.find(l => l.includes('김민준 · ')),
		).toMatch(/✔\s+✔\s+김민준/);
		await r.d.waitForText('5 of 6 admins registered');
		expect(harness.sim.log.writes()).toBe(0);
	});

	it('re-checks on c without waiting for the interval', async () => {
		harness = await recoverHarness();
		const r = renderStep({engine: harness.engine, step: 'sspr', view: slow, t: en});
		instance = r.instance;
		await r.d.waitForText('Checked');
		harness.sim.control.registerMethod('minjun.kim');
		await r.d.press('c');
		await r.d.waitForText('✔ 김민준 registered');
	});

	it('shows the QR code of the registration link and the user-SSPR scope note', async () => {
		harness = await recoverHarness();
		const r = renderStep({engine: harness.engine, step: 'sspr', view: slow, t: en});
		instance = r.instance;
		await r.d.waitForText('Register:');
		await r.d.press('v');
		await r.d.waitForText('aka.ms/mysecurityinfo');
		const screen = r.d.screen();
		expect(screen).toContain('Scan with a phone');
		expect(screen).toContain('▄▄▄▄▄▄▄');
		expect(screen).toContain('Password');
		expect(screen).toContain('Properties');
		expect(widest(screen)).toBeLessThanOrEqual(PANE_80x24.width);
		expect(screen.split('\n').length).toBeLessThanOrEqual(PANE_80x24.height);
		await r.d.press('v');
		await r.d.waitForText('Register:');
	});

	it('plans the campaign on f; declining sends nothing', async () => {
		harness = await recoverHarness();
		const r = renderStep({engine: harness.engine, step: 'sspr', view: slow, t: en});
		instance = r.instance;
		await r.d.waitForText('[x] Registration campaign');
		await r.d.press('a');
		await r.d.waitForText('[ ] Registration campaign');
		await r.d.press('a');
		await r.d.waitForText('[x] Registration campaign');
		await r.d.press('f');
		await r.d.waitForText('Turn on the Microsoft Authenticator registratio');
		await r.d.press('n');
		await r.d.waitForText('Not applied; nothing was sent.');
		expect(harness.sim.log.writes()).toBe(0);
	});

	it('applies the campaign after y, through the journal', async () => {
		harness = await recoverHarness();
		const r = renderStep({engine: harness.engine, step: 'sspr', view: slow, t: en});
		instance = r.instance;
		await r.d.waitForText('[x] Registration campaign');
		await r.d.press('f');
		await r.d.waitForText('Apply this change? (y/n)');
		await r.d.press('y');
		await r.d.waitForText('1 change applied');
		expect(harness.sim.log.writes()).toBe(1);
		expect(harness.engine.journal.map(e => e.status)).toEqual(['applied']);
		await r.d.press(keys.enter);
	});

	it('without P1 says SSPR registration is unknown and shows ? for it', async () => {
		harness = await recoverHarness({assessment: () => recoverAssessment({licence: 'free'})});
		harness.sim.control.setLicences('free');
		const r = renderStep({engine: harness.engine, step: 'sspr', view: slow, t: en, height: 20});
		instance = r.instance;
		await r.d.waitForText('SSPR registration unknown (?)');
		expect(
			r.d
				.screen()
				.split('\n')
				.find(l => l.includes('Sarah Chen')),
		).toMatch(/✔\s+\?\s+Sarah Chen/);
	});

	it('reads naturally in Korean within 50 columns and 15 rows', async () => {
		harness = await recoverHarness({t: ko});
		const r = renderStep({engine: harness.engine, step: 'sspr', view: slow, t: ko});
		instance = r.instance;
		await r.d.waitForText('관리자 6명 중 4명 등록 완료');
		const screen = r.d.screen();
		expect(screen).toContain('등록: https://aka.ms/mysecurityinfo');
		expect(screen).toContain('f 마치기');
		expect(widest(screen)).toBeLessThanOrEqual(PANE_80x24.width);
		expect(screen.split('\n').length).toBeLessThanOrEqual(PANE_80x24.height);
		await r.d.press('v');
		await r.d.waitForText('aka.ms/mysecurityinfo');
		expect(r.d.screen()).toContain('휴대폰으로 스캔해');
		expect(widest(r.d.screen())).toBeLessThanOrEqual(PANE_80x24.width);
	});
});
