import {describe, expect, test} from 'vitest';
import {problemOf, readSource, reasonForStatus} from '../../src/assessment/read.js';
import {GraphHttpError, GraphNetworkError} from '../../src/graph/errors.js';
import {Redactor} from '../../src/graph/redact.js';

const http = (status: number, code: string, graphMessage: string) =>
	new GraphHttpError({
		status,
		code,
		graphMessage,
		method: 'GET',
		url: 'https://graph.microsoft.com/v1.0/x',
		family: 'directory',
		scopes: [],
		attempts: 1,
	});

describe('how a failed read is recorded', () => {
	test.each([
		[
			403,
			'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
			"Neither tenant is B2C or tenant doesn't have premium license",
			'licence',
		],
		[403, 'Forbidden', 'Your tenant is not licensed for this feature.', 'licence'],
		[403, 'AadPremiumLicenseRequired', 'The tenant needs an AAD Premium 2 license.', 'licence'],
		[403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.', 'permission'],
		[429, 'TooManyRequests', 'Too many requests', 'throttled'],
		[503, 'ServiceUnavailable', 'Try later', 'error'],
		[400, 'BadRequest', 'Invalid filter', 'error'],
	])('%i %s → %s', (status, code, message, reason) => {
		expect(reasonForStatus(status, code, message)).toBe(reason);
		expect(problemOf(http(status, code, message), new Redactor())?.reason).toBe(reason);
	});

	test('a 401 and a bug end the run instead', async () => {
		expect(problemOf(http(401, 'InvalidAuthenticationToken', 'expired'), new Redactor())).toBeUndefined();
		await expect(readSource(new Redactor(), async () => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug');
	});

	test('details are what Graph said, redacted and clipped', async () => {
		const redactor = new Redactor();
		const secret = ['eyJ', 'x'.repeat(40)].join('');
		redactor.add(secret);
		const source = await readSource(redactor, async () => {
			throw http(400, 'BadRequest', `bad ${secret} ${'y'.repeat(400)}`);
		});
		expect(source).toMatchObject({status: 'unavailable', reason: 'error'});
		const detail = (source as {detail: string}).detail;
		expect(detail).toMatch(/^400 BadRequest: bad /);
		expect(detail).not.toContain(secret);
		expect(detail.length).toBeLessThanOrEqual(300);
		expect(problemOf(new GraphNetworkError('GET', 'https://x', 'ECONNRESET', 3), redactor)).toEqual({
			reason: 'error',
			detail: 'ECONNRESET (3)',
		});
	});
});
