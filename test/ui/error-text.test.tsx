import {render} from 'ink-testing-library';
import type {ComponentType} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {GraphHttpError} from '../../src/graph/errors.js';
import {aadstsText} from '../../src/knowledge/aadsts.js';
import {UiProvider} from '../../src/ui/context.js';
import {errorText} from '../../src/ui/error-text.js';
import {StepHost} from '../../src/ui/StepHost.js';
import {SsprView} from '../../src/ui/steps/SsprView.js';
import type {StepViewProps} from '../../src/ui/steps/types.js';
import {makeTheme} from '../../src/ui/theme.js';
import {driver} from '../helpers/ink.js';
import {type RecoverHarness, recoverHarness} from '../helpers/recover-engine.js';
import {en, ko} from '../helpers/translator.js';

let harness: RecoverHarness | undefined;
afterEach(async () => {
	await harness?.stop();
	harness = undefined;
});

function msalError(code: number): Error {
	const error = new Error(`invalid_grant: AADSTS${code}: something. Trace ID: 1`);
	Object.assign(error, {name: 'ServerError', errorCode: 'invalid_grant', errorNo: String(code)});
	return error;
}

describe('errors shown in the wizard explain AADSTS codes from the catalogue', () => {
	it('a sign-in error (MSAL) gets the meaning and the fix', () => {
		const text = errorText(msalError(50076), en);
		expect(text).toContain('AADSTS50076');
		expect(text).toContain(aadstsText(50076, 'm', en));
		expect(text).toContain(aadstsText(50076, 'f', en));
	});

	it('any error text naming a known code is explained once, in the admin’s language', () => {
		const text = errorText(new Error('token refresh failed: AADSTS700082 expired'), ko);
		expect(text).toContain(aadstsText(700082, 'm', ko));
		expect(text.split(aadstsText(700082, 'f', ko))).toHaveLength(2);
		expect(errorText(new Error('AADSTS12345 odd'), en)).toBe('AADSTS12345 odd');
	});

	it('Graph errors go through the translator (403 names the permission)', () => {
		const error = new GraphHttpError({
			status: 403,
			code: 'Authorization_RequestDenied',
			graphMessage: 'Insufficient privileges',
			method: 'GET',
			url: 'https://graph.microsoft.com/v1.0/reports/authenticationMethods/userRegistrationDetails',
			family: 'reports',
			scopes: ['AuditLog.Read.All'],
			attempts: 1,
		});
		expect(errorText(error, en)).toContain('AuditLog.Read.All');
	});

	it('the step host shows a failed read with the explanation', async () => {
		harness = await recoverHarness({
			assessment: () => {
				throw msalError(50173);
			},
		});
		const instance = render(
			<UiProvider value={{t: en, theme: makeTheme(false)}}>
				<StepHost
					engine={harness.engine}
					step="sspr"
					view={SsprView as ComponentType<StepViewProps>}
					isFocused
					isDryRun={false}
					domain="contoso"
					width={80}
					height={20}
					onContinue={() => undefined}
				/>
			</UiProvider>,
		);
		const d = driver(instance);
		await d.waitForText('Reading the tenant failed');
		await d.waitForText(aadstsText(50173, 'm', en));
		instance.unmount();
	});
});
