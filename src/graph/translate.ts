/**
 * The one error translator (CONVENTIONS.md "Errors and copy"): Graph and MSAL failures → UserError with a hint the
 * admin can act on. 401 → sign in again; 403 → the missing permission and the least role that grants it; licence
 * errors → what is unavailable without which licence and what the tool does instead; AADSTS codes → the catalogue in
 * knowledge/aadsts.ts. Anything it does not recognise is returned unchanged (a bug, shown with its stack under --verbose).
 * Every text it builds is redacted.
 */
import {EXIT, UserError} from '../errors.js';
import type {MessageKey, Translator} from '../i18n/index.js';
import {AADSTS, type AadstsCode, aadstsCodesIn, isKnownAadsts} from '../knowledge/aadsts.js';
import {graphPermission, LICENCE_GATES} from '../knowledge/graph-permissions.js';
import {ROLE_DISPLAY_NAME} from '../knowledge/roles.js';
import {
	DryRunRefusal,
	type GraphFeature,
	GraphHttpError,
	GraphNetworkError,
	GraphShapeError,
	UntrustedUrlError,
} from './errors.js';
import {Redactor} from './redact.js';

const FEATURE_KEY: Readonly<Record<GraphFeature, MessageKey>> = {
	signInLogs: 'graph.featureSignInLogs',
	registrationDetails: 'graph.featureRegistrationDetails',
	conditionalAccess: 'graph.featureConditionalAccess',
	riskyUsers: 'graph.featureRiskyUsers',
	riskDetections: 'graph.featureRiskDetections',
	roleEligibility: 'graph.featureRoleEligibility',
	usageReports: 'graph.featureUsageReports',
	perUserMfa: 'graph.featurePerUserMfa',
	authMethods: 'graph.featureAuthMethods',
};

const LICENCE_HINT: Readonly<Partial<Record<GraphFeature, MessageKey>>> = {
	signInLogs: 'graph.licenceHintSignInLogs',
	registrationDetails: 'graph.licenceHintRegistrationDetails',
	conditionalAccess: 'graph.licenceHintConditionalAccess',
	riskyUsers: 'graph.licenceHintRiskyUsers',
	riskDetections: 'graph.licenceHintRiskDetections',
	roleEligibility: 'graph.licenceHintRoleEligibility',
};

/** Graph's answer when a premium (P1/P2) feature is called in a tenant without the licence (GRAPH.md §1). */
export function isLicenceError(error: GraphHttpError): boolean {
	if (error.status !== 403 && error.status !== 400) return false;
	if (/NonPremium|RequestFromNonPremiumTenant/i.test(error.code)) return true;
	return (
		error.status === 403 && /\b(premium|P1|P2)\b.*licen[cs]e|licen[cs]e.*\b(premium|P1|P2)\b/i.test(error.graphMessage)
	);
}

function what(error: GraphHttpError, t: Translator): string {
	if (error.feature) return t(FEATURE_KEY[error.feature]);
	return t('graph.featureGeneric', {
		method: error.method,
		endpoint: error.url.replace(/^https?:\/\/[^/]+/i, '').split('?')[0]!,
	});
}

function fromGraph(error: GraphHttpError, t: Translator): UserError {
	const requestIdStep = error.requestId ? [t('graph.requestId', {id: error.requestId})] : [];
	const endpoint = `${error.method} ${error.url.replace(/^https?:\/\/[^/]+/i, '').split('?')[0]}`;
	if (error.status === 401) {
		return new UserError(t('graph.unauthorized', {code: error.code}), {
			hint: t('graph.unauthorizedHint'),
			nextSteps: requestIdStep,
			exitCode: EXIT.signIn,
			code: 'graph-401',
			cause: error,
		});
	}
	if (isLicenceError(error)) {
		const gate =
			error.feature && error.feature in LICENCE_GATES
				? LICENCE_GATES[error.feature as keyof typeof LICENCE_GATES]
				: undefined;
		const licence = gate ?? (/\bP2\b/.test(error.graphMessage) ? 'P2' : 'P1');
		const hintKey = (error.feature && LICENCE_HINT[error.feature]) || 'graph.licenceHintGeneric';
		return new UserError(t('graph.licence', {what: what(error, t), licence}), {
			hint: t(hintKey),
			exitCode: EXIT.graph,
			code: 'graph-licence',
			cause: error,
		});
	}
	if (error.status === 403) {
		const scopes = error.scopes.length > 0 ? error.scopes : [];
		const roles = [
			...new Set(scopes.flatMap(scope => graphPermission(scope)?.leastRoles ?? []).map(r => ROLE_DISPLAY_NAME[r])),
		];
		const scopeText = scopes.join(', ') || '?';
		return new UserError(t('graph.forbidden', {what: what(error, t)}), {
			hint:
				roles.length > 0
					? t('graph.forbiddenHint', {scopes: scopeText, roles: roles.join(' / ')})
					: t('graph.forbiddenHintNoRole', {scopes: scopeText}),
			nextSteps: [t('graph.forbiddenConsent'), t('graph.forbiddenRole'), ...requestIdStep],
			exitCode: EXIT.graph,
			code: 'graph-403',
			cause: error,
		});
	}
	if (error.status === 429) {
		return new UserError(
			error.retryAfterMs !== undefined
				? t('graph.throttled', {seconds: String(Math.ceil(error.retryAfterMs / 1000))})
				: t('graph.throttledUnknown'),
			{hint: t('graph.throttledHint'), exitCode: EXIT.graph, code: 'graph-429', cause: error},
		);
	}
	if (error.status === 404) {
		return new UserError(t('graph.notFound', {endpoint}), {
			hint: t('graph.notFoundHint'),
			nextSteps: requestIdStep,
			exitCode: EXIT.graph,
			code: 'graph-404',
			cause: error,
		});
	}
	if (error.status >= 500) {
		return new UserError(t('graph.serverError', {status: String(error.status)}), {
			hint: t('graph.serverErrorHint'),
			nextSteps: requestIdStep,
			exitCode: EXIT.graph,
			code: 'graph-5xx',
			cause: error,
		});
	}
	return new UserError(t('graph.badRequest', {endpoint, message: error.graphMessage || error.code}), {
		hint: t('graph.badRequestHint'),
		nextSteps: requestIdStep,
		exitCode: EXIT.graph,
		code: `graph-${error.status}`,
		cause: error,
	});
}

/** MSAL errors, recognised by shape so this module does not load msal-node. */
interface MsalLike {
	errorCode?: unknown;
	errorMessage?: unknown;
	subError?: unknown;
	errorNo?: unknown;
	message?: unknown;
	name?: unknown;
}

export function isMsalError(error: unknown): error is MsalLike & Error {
	return (
		error instanceof Error &&
		typeof (error as MsalLike).errorCode === 'string' &&
		/AuthError|ServerError|ClientConfigurationError/.test(String(error.name))
	);
}

/** The AADSTS number of an MSAL error: `errorNo` (a number at run time, though typed string) or the message. */
export function aadstsOf(error: unknown): number | undefined {
	const e = error as MsalLike;
	const no = Number(e?.errorNo);
	if (Number.isInteger(no) && no > 0) return no;
	const text = `${String(e?.errorMessage ?? '')} ${String(e?.message ?? '')}`;
	return aadstsCodesIn(text)[0];
}

function aadstsKey(prefix: 'm' | 'c' | 'f', code: AadstsCode): MessageKey {
	return `aadsts.${prefix}${code}` as MessageKey;
}

function fromMsal(error: MsalLike & Error, t: Translator, redactor: Redactor): UserError {
	const code = aadstsOf(error);
	const errorCode = String(error.errorCode);
	if (code === 53003) {
		return new UserError(t('auth.deviceCodeBlocked'), {
			hint: t('auth.deviceCodeBlockedHint'),
			nextSteps: [AADSTS[53003].link],
			exitCode: EXIT.signIn,
			code: 'sign-in-53003',
			cause: error,
		});
	}
	if (code !== undefined && isKnownAadsts(code)) {
		const entry = AADSTS[code];
		return new UserError(t('auth.signInFailed', {code: entry.id, meaning: t.dynamic(aadstsKey('m', code))}), {
			hint: t.dynamic(aadstsKey('f', code)),
			nextSteps: [entry.link],
			exitCode: EXIT.signIn,
			code: `sign-in-${code}`,
			cause: error,
		});
	}
	if (errorCode === 'expired_token' || errorCode === 'device_code_expired') {
		return new UserError(t('auth.deviceCodeExpired'), {
			hint: t('auth.deviceCodeExpiredHint'),
			exitCode: EXIT.signIn,
			code: 'sign-in-expired',
			cause: error,
		});
	}
	if (errorCode === 'network_error' || errorCode === 'endpoints_resolution_error') {
		return new UserError(t('auth.signInNetwork', {host: 'login.microsoftonline.com'}), {
			hint: t('auth.signInNetworkHint'),
			exitCode: EXIT.signIn,
			code: 'sign-in-network',
			cause: error,
		});
	}
	const detail = redactor.text(String(error.errorMessage || error.message || errorCode)).slice(0, 300);
	return new UserError(
		code !== undefined
			? t('auth.signInFailed', {code: `AADSTS${code}`, meaning: detail})
			: t('auth.signInFailedGeneric', {detail}),
		{
			hint: t('auth.signInFailedHint'),
			nextSteps: code !== undefined ? [`https://login.microsoftonline.com/error?code=${code}`] : [],
			exitCode: EXIT.signIn,
			code: code !== undefined ? `sign-in-${code}` : `sign-in-${errorCode}`,
			cause: error,
		},
	);
}

/**
 * The UserError for a Graph or sign-in failure, or the error itself when it is neither (already a UserError, or a bug).
 * Pass the session's redactor so tokens the auth layer issued are hidden from any text taken from the error.
 */
export function translateError(error: unknown, t: Translator, redactor: Redactor = new Redactor()): unknown {
	if (error instanceof UserError) return error;
	if (error instanceof GraphHttpError) return fromGraph(error, t);
	if (error instanceof GraphNetworkError) {
		let origin = error.url;
		try {
			origin = new URL(error.url).origin;
		} catch {
			// keep the text
		}
		return new UserError(t('graph.network', {origin, code: error.code}), {
			hint: t('graph.networkHint'),
			exitCode: EXIT.graph,
			code: 'graph-network',
			cause: error,
		});
	}
	if (error instanceof GraphShapeError) {
		return new UserError(t('graph.shape', {endpoint: error.endpoint, field: error.field, problem: error.problem}), {
			hint: t('graph.shapeHint'),
			exitCode: EXIT.graph,
			code: 'graph-shape',
			cause: error,
		});
	}
	if (error instanceof UntrustedUrlError) {
		return new UserError(t('graph.untrusted', {url: error.url}), {
			hint: t('graph.untrustedHint'),
			exitCode: EXIT.graph,
			code: 'graph-untrusted',
			cause: error,
		});
	}
	if (error instanceof DryRunRefusal) {
		return new UserError(t('graph.dryRunRefused', {count: error.requests.length}), {
			hint: t('graph.dryRunRefusedHint'),
			exitCode: EXIT.graph,
			code: 'dry-run-refused',
			cause: error,
		});
	}
	if (isMsalError(error)) return fromMsal(error, t, redactor);
	return error;
}
