/**
 * MSAL's network module, our own (STACK.md, MSAL Node 7 section): msal-node does not export its HttpClient, and we
 * need three things it cannot do:
 * - surface device-code errors with their real AADSTS code. MSAL does not check the `/devicecode` answer: on
 *   AADSTS53003 it calls the callback with undefined fields, polls with `device_code=undefined`, and reports only
 *   `post_request_failed`. The guard turns such answers into a ServerError carrying `errorNo` and the description;
 * - a timeout on POSTs (msal-node puts none on them, so a silent server could stall the sign-in);
 * - in demo and test runs, send `https://login.microsoftonline.com/...` to the simulator on loopback while MSAL keeps the
 *   real authority (its built-in metadata then needs no discovery, and the cache looks exactly like a live one).
 * The contract: resolve `{status, headers, body}` with the body parsed from JSON, for any status.
 */
import {type INetworkModule, type NetworkRequestOptions, type NetworkResponse, ServerError} from '@azure/msal-node';

export interface NetworkClientOptions {
	/** Rewrite requests for this origin (`https://login.microsoftonline.com`)… */
	readonly authorityHost: string;
	/** …to this one (the simulator); unset in live runs. */
	readonly loginOrigin?: string;
	readonly timeoutMs?: number;
	/** Injected for tests; defaults to global fetch. */
	readonly fetch?: typeof fetch;
}

function rewrite(url: string, options: NetworkClientOptions): string {
	if (!options.loginOrigin) return url;
	const host = options.authorityHost.replace(/\/+$/, '');
	return url.toLowerCase().startsWith(host.toLowerCase())
		? options.loginOrigin.replace(/\/+$/, '') + url.slice(host.length)
		: url;
}

/** A fetch-based INetworkModule (the shape MSAL's own HttpClient has), with the device-code guard. */
export function createNetworkClient(options: NetworkClientOptions): INetworkModule {
	const doFetch = options.fetch ?? fetch;
	const timeoutMs = options.timeoutMs ?? 60_000;
	const send = async <T>(method: 'GET' | 'POST', url: string, request?: NetworkRequestOptions) => {
		const response = await doFetch(rewrite(url, options), {
			method,
			headers: request?.headers,
			body: method === 'POST' ? request?.body : undefined,
			signal: AbortSignal.timeout(timeoutMs),
		});
		const text = await response.text();
		let body: unknown = {};
		if (text) {
			try {
				body = JSON.parse(text);
			} catch {
				body = {error: 'invalid_response', error_description: `HTTP ${response.status}`};
			}
		}
		const headers: Record<string, string> = {};
		response.headers.forEach((value, key) => {
			headers[key] = value;
		});
		return {status: response.status, headers, body: body as T} satisfies NetworkResponse<T>;
	};
	return withDeviceCodeErrorGuard({
		sendGetRequestAsync: <T>(url: string, request?: NetworkRequestOptions) => send<T>('GET', url, request),
		sendPostRequestAsync: <T>(url: string, request?: NetworkRequestOptions) => send<T>('POST', url, request),
	});
}

interface TokenErrorBody {
	error?: string;
	error_description?: string;
	error_codes?: number[];
	suberror?: string;
	correlation_id?: string;
	device_code?: string;
}

/**
 * Wraps any network module so device-code failures keep their code: an error (or a missing `device_code`) on
 * `/devicecode`, and any poll error other than `authorization_pending`, become a ServerError MSAL passes through.
 */
export function withDeviceCodeErrorGuard(inner: INetworkModule): INetworkModule {
	return {
		sendGetRequestAsync: (url, request, timeout) => inner.sendGetRequestAsync(url, request, timeout),
		async sendPostRequestAsync<T>(url: string, request?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
			const response = await inner.sendPostRequestAsync<T>(url, request);
			const body = (response.body ?? {}) as TokenErrorBody;
			const isDeviceCode = new URL(url).pathname.endsWith('/devicecode');
			const isPoll = new URLSearchParams(request?.body ?? '').get('grant_type') === 'device_code';
			if (
				(isDeviceCode && (body.error || !body.device_code)) ||
				(isPoll && body.error && body.error !== 'authorization_pending')
			) {
				throw new ServerError(
					body.error || 'invalid_response',
					body.correlation_id || '',
					body.error_description || `HTTP ${response.status}`,
					body.suberror,
					body.error_codes?.[0] === undefined ? undefined : String(body.error_codes[0]),
					response.status,
				);
			}
			return response;
		},
	};
}
