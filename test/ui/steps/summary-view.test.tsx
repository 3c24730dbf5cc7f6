import fs from 'node:fs';
import path from 'node:path';
import type {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {CONTOSO, contosoUserId, upnOf} from '../../../src/simulator/scenarios/contoso.js';
import {resetPasswordChange, revokeSessionsChange, riskChange} from '../../../src/steps/recovery/changes.js';
import {generateTemporaryPassword} from '../../../src/steps/recovery/password.js';
import {SummaryView} from '../../../src/ui/steps/SummaryView.js';
import {type RecoverHarness, recoverHarness} from '../../helpers/recover-engine.js';
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

const emily = {id: contosoUserId(CONTOSO.leakedUser), userPrincipalName: upnOf(CONTOSO.leakedUser)};
const PAGE_DOWN = '\u001B[6~';
const END = '\u001B[F';

function flat(screen: string): string {
	return screen.replace(/\s+/g, ' ');
}

describe('SummaryView', () => {
	it('reads the tenant again after changes, lists them with how (or why not) to undo, and writes the JSON report', async () => {
		harness = await recoverHarness();
		const {engine} = harness;
		await engine.ensureAssessment();
		await engine.assess('sspr');
		engine.answer('sspr', 'campaign', true);
		await engine.apply('sspr', engine.plan('sspr'));
		const password = generateTemporaryPassword();
		harness.graph.redactor.add(password);
		for (const change of [
			resetPasswordChange(emily, password),
			revokeSessionsChange(emily),
			riskChange(emily, 'dismiss'),
		]) {
			await engine.runner.apply(change);
		}
		expect(harness.collected()).toBe(1);

		const r = renderStep({engine, step: 'summary', view: SummaryView, t: en, width: 70, height: 80});
		instance = r.instance;
		await r.d.waitForText('Commands');
		expect(harness.collected()).toBe(2);
		const screen = flat(r.d.screen());
		expect(screen).toContain('What this tool changed (4)');
		expect(screen).toContain('Turn on the Microsoft Authenticator registration campaign for every user');
		expect(screen).toMatch(/undo: mfa-onboard undo sspr\.registration-campaign\.[0-9a-f]{8}/);
		expect(screen.match(/cannot be undone/g)).toHaveLength(3);
		expect(screen).toContain('mfa-onboard check --demo');
		// The verdicts are the compliance engine's, from the fresh assessment.
		const report = engine.assessment!.report;
		expect(screen).toContain(report.compliant === false ? 'Not compliant yet.' : 'Compliant');

		await r.d.press('w');
		await r.d.waitForText('Report written:');
		const file = fs.readdirSync(harness.home).find(f => f.startsWith('mfa-onboard-report-'));
		expect(file).toBeDefined();
		const text = fs.readFileSync(path.join(harness.home, file!), 'utf8');
		expect(JSON.parse(text).schemaVersion).toBe(1);
		expect(text).not.toContain(password);
		expect(r.d.screen()).not.toContain(password);
	});

	it('does not read the tenant again when nothing changed', async () => {
		harness = await recoverHarness();
		const r = renderStep({engine: harness.engine, step: 'summary', view: SummaryView, t: en, height: 80, width: 70});
		instance = r.instance;
		await r.d.waitForText('Nothing was changed in the tenant.');
		expect(harness.collected()).toBe(1);
		expect(flat(r.d.screen())).toContain('Step 8 · Compromised users');
	});

	it('scrolls a long summary in 50×15 and reads well in Korean', async () => {
		harness = await recoverHarness({t: ko});
		const r = renderStep({engine: harness.engine, step: 'summary', view: SummaryView, t: ko});
		instance = r.instance;
		await r.d.waitForText('아직 준수하지 않습니다.');
		const first = r.d.screen();
		expect(first.split('\n').length).toBeLessThanOrEqual(PANE_80x24.height);
		expect(Math.max(...first.split('\n').map(l => stringWidth(l)))).toBeLessThanOrEqual(PANE_80x24.width);
		expect(first).toContain('↑↓ 스크롤');
		await r.d.press(PAGE_DOWN);
		await r.d.waitForNot('아직 준수하지 않습니다.');
		await r.d.press(END);
		await r.d.waitForText('mfa-onboard check --demo');
		const later = r.d.screen();
		expect(Math.max(...later.split('\n').map(l => stringWidth(l)))).toBeLessThanOrEqual(PANE_80x24.width);
		expect(later).not.toContain('아직 준수하지 않습니다.');
	});

	it('finishing the step changes nothing in the tenant', async () => {
		harness = await recoverHarness();
		const r = renderStep({engine: harness.engine, step: 'summary', view: SummaryView, t: en, height: 30});
		instance = r.instance;
		await r.d.waitForText('f finish');
		await r.d.press('f');
		await r.d.waitForText('Nothing to change in the tenant');
		expect(harness.sim.log.writes()).toBe(0);
	});
});
