import {afterEach, describe, expect, it} from 'vitest';
import {z} from 'zod';
import {EXIT, UserError} from '../../src/errors.js';
import type {GraphLogEntry} from '../../src/graph/client.js';
import {GraphHttpError, GraphShapeError} from '../../src/graph/errors.js';
import {collect, getOne} from '../../src/graph/paging.js';
import {Redactor} from '../../src/graph/redact.js';
import {openEnum, opt} from '../../src/graph/schema.js';
import {translateError} from '../../src/graph/translate.js';
import {createTranslator} from '../../src/i18n/index.js';
import {fakeJwt, startServer, type TestServer, testGraph} from './helpers.js';

const t = createTranslator('en');
const ko = createTranslator('ko');
let server: TestServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

function httpError(fields: Partial<ConstructorParameters<typeof GraphHttpError>[0]>): GraphHttpError {
	return new GraphHttpError({
		status: 403,
		code: 'Authorization_RequestDenied',
		graphMessage: 'Insufficient privileges to complete the operation.',
		method: 'GET',
		url: 'https://graph.microsoft.com/v1.0/auditLogs/signIns?$top=1',
		family: 'signIns',
		scopes: ['AuditLog.Read.All'],
		attempts: 1,
		...fields,
	});
}

describe('translateError', () => {
	it('401 → sign in again, exit 3', () => {
		const e = translateError(httpError({status: 401, code: 'InvalidAuthenticationToken'}), t) as UserError;
		expect(e).toBeInstanceOf(UserError);
		expect(e.exitCode).toBe(EXIT.signIn);
		expect(e.code).toBe('graph-401');
		expect(e.hint).toContain('--sign-out');
	});

	it('403 → the missing permission and the least role that grants it', () => {
		const e = translateError(httpError({feature: 'signInLogs', requestId: 'req-1'}), t) as UserError;
		expect(e.code).toBe('graph-403');
		expect(e.exitCode).toBe(EXIT.graph);
		expect(e.message).toBe("Can't read the sign-in logs: the signed-in account is not allowed to.");
		expect(e.hint).toContain('AuditLog.Read.All');
		expect(e.hint).toContain('Reports Reader');
		expect(e.nextSteps.join('\n')).toContain('req-1');
	});

	it('403 for a write names the write permission and its role', () => {
		const e = translateError(
			httpError({
				method: 'POST',
				url: 'https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies',
				scopes: ['Policy.ReadWrite.ConditionalAccess'],
				family: 'caWrite',
			}),
			t,
		) as UserError;
		expect(e.message).toContain('POST /v1.0/identity/conditionalAccess/policies');
		expect(e.hint).toContain('Conditional Access Administrator');
	});

	it('licence error → what is unavailable, which licence, and what the tool does instead', () => {
		const e = translateError(
			httpError({
				code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
				graphMessage: "Neither tenant is B2C or tenant doesn't have premium license",
				feature: 'signInLogs',
			}),
			t,
		) as UserError;
		expect(e.code).toBe('graph-licence');
		expect(e.message).toBe("Can't read the sign-in logs: this tenant has no Microsoft Entra ID P1 licence.");
		expect(e.hint).toContain('email-apps usage report');
		const k = translateError(
			httpError({code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', feature: 'riskyUsers'}),
			ko,
		) as UserError;
		expect(k.message).toContain('P2');
		expect(k.message).toContain('라이선스');
	});

	it('429 after retries, 404, 5xx and shape errors each get their own message', () => {
		expect((translateError(httpError({status: 429, retryAfterMs: 30_000}), t) as UserError).message).toContain('30 s');
		expect((translateError(httpError({status: 404}), t) as UserError).code).toBe('graph-404');
		expect((translateError(httpError({status: 502}), t) as UserError).code).toBe('graph-5xx');
		const shape = translateError(
			new GraphShapeError('GET /v1.0/users', 'value[3].accountEnabled', 'expected boolean'),
			t,
		) as UserError;
		expect(shape.message).toContain('value[3].accountEnabled');
		expect(shape.message).toContain('GET /v1.0/users');
	});

	it('leaves bugs alone', () => {
		const bug = new TypeError('x is undefined');
		expect(translateError(bug, t)).toBe(bug);
	});
});

describe('read models', () => {
	const model = z.object({
		id: z.string(),
		state: openEnum(['enabled', 'disabled']),
		accountEnabled: opt(z.boolean()),
	});

	it('keeps unknown enum values, tolerates missing optional fields, and names a wrong field and its endpoint', async () => {
		server = await startServer(() => ({
			status: 200,
			body: {
				value: [
					{id: 'a', state: 'enabled'},
					{id: 'b', state: 'somethingNew', accountEnabled: null},
					{id: 'c', state: 'x', accountEnabled: 'yes'},
				],
			},
		}));
		const {graph} = testGraph(server);
		const seen: unknown[] = [];
		const error = await (async () => {
			for await (const item of (await import('../../src/graph/paging.js')).iterate(
				graph,
				{path: '/users?$select=id'},
				model,
			))
				seen.push(item);
		})().catch(e => e);
		expect(seen).toEqual([
			{id: 'a', state: 'enabled', accountEnabled: undefined},
			{id: 'b', state: 'somethingNew', accountEnabled: undefined},
		]);
		expect(error).toBeInstanceOf(GraphShapeError);
		expect((error as GraphShapeError).field).toBe('value[2].accountEnabled');
		expect((error as GraphShapeError).endpoint).toBe('GET /v1.0/users');
	});

	it('a page without a value array is a shape error', async () => {
		server = await startServer(() => ({status: 200, body: {something: 1}}));
		const {graph} = testGraph(server);
		await expect(collect(graph, {path: '/users'}, model)).rejects.toMatchObject({field: 'value'});
		await expect(getOne(graph, {path: '/users/x'}, model)).rejects.toBeInstanceOf(GraphShapeError);
	});
});

describe('redaction', () => {
	it('hides registered secrets, JWTs, bearer values and secret-named parameters and fields', () => {
		const r = new Redactor();
		const token = fakeJwt({upn: 'a@b.c'});
		const opaque = `opaque-${Math.random().toString(36).slice(2)}-token`;
		r.add(opaque);
		expect(r.text(`Authorization: Bearer ${token}`)).not.toContain(token.slice(20));
		expect(r.text(`got ${opaque} back`)).toBe('got [redacted] back');
		expect(r.text(`x ${token} y`)).toBe('x [redacted] y');
		expect(r.text('grant_type=refresh_token&refresh_token=abc123&scope=User.Read')).toBe(
			'grant_type=refresh_token&refresh_token=[redacted]&scope=User.Read',
		);
		expect(r.url('https://reports.blob.example/r.csv?sv=1&sig=abc', ['https://graph.microsoft.com'])).toBe(
			'https://reports.blob.example/r.csv?[redacted]',
		);
		expect(
			r.value({passwordProfile: {password: 'Hunter2!x', forceChangePasswordNextSignIn: true}, newPassword: 'x'}),
		).toEqual({
			passwordProfile: {password: '[redacted]', forceChangePasswordNextSignIn: true},
			newPassword: '[redacted]',
		});
		expect(r.headers({Authorization: `Bearer ${token}`, 'content-type': 'application/json'})).toEqual({
			Authorization: '[redacted]',
			'content-type': 'application/json',
		});
	});

	it('the --verbose log and every error carry no token or password', async () => {
		server = await startServer((_req, i) =>
			i === 0
				? {status: 429, headers: {'retry-after': '1'}}
				: {status: 400, body: {error: {code: 'BadRequest', message: `echo ${lastAuth}`}}},
		);
		let lastAuth = '';
		const logs: GraphLogEntry[] = [];
		const {graph, token} = testGraph(server, {onLog: entry => logs.push(entry)});
		lastAuth = `Bearer ${token}`;
		graph.redactor.add(token);
		const password = `Pw-${Math.random().toString(36).slice(2)}!`;
		const error = await graph
			.request({method: 'PATCH', path: '/users/u1', body: {passwordProfile: {password}}})
			.catch(e => e);
		const userError = translateError(error, t, graph.redactor) as UserError;
		const everything = JSON.stringify(logs) + String(error.message) + userError.message + String(userError.hint);
		expect(logs.length).toBeGreaterThanOrEqual(2);
		expect(logs.some(l => l.requestHeaders.authorization === '[redacted]')).toBe(true);
		expect(everything).not.toContain(token);
		expect(everything).not.toContain(token.split('.')[1]!);
		expect(everything).not.toContain(password);
	});
});
