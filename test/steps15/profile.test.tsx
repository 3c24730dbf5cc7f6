import {describe, expect, it} from 'vitest';
import {keys} from '../helpers/ink.js';
import {mountWizard} from '../helpers/steps15-harness.js';

describe('profile view', () => {
	it('shows who is signed in, the tenant, enforcement and paths; confirming and finishing moves to step 2', async () => {
		const {d, controller} = await mountWizard();
		await d.waitFor('Step 1 of 9');
		await d.press(keys.enter);
		await d.waitForText('Signed in as Sarah Chen');
		await d.waitForText('CSP reseller with delegated admin');
		await d.press('\u001B[C');
		await d.waitForText('Security defaults: off.');
		await d.waitForText('Require MFA for all users — report-only');
		await d.press('\u001B[C');
		await d.waitForText('Step 6 can use Conditional Access');
		await d.press('\u001B[C');
		await d.waitForText('Is this the tenant you mean');
		await d.press(keys.enter);
		expect(controller.progress.steps.profile.answers).toEqual({tenantConfirmed: 'yes'});
		await d.press('f');
		await d.waitForText('Nothing to change in the tenant');
		await d.press(keys.enter);
		await d.waitFor('Step 2 of 9');
		expect(controller.progress.steps.profile.status).toBe('done');
	});
});
