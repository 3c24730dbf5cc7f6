/**
 * Read models are validated at the boundary (CONVENTIONS.md "One Graph seam"), with Graph's evolution in mind:
 * - enums are open: Graph adds members (`unknownFutureValue` and beyond) and a new value must not break a run, so an
 *   unknown value is kept as it came;
 * - optional fields may be missing or null (Graph omits what a licence or permission hides);
 * - a wrong type is a real contract break: it stops with an error naming the field and the endpoint.
 */
import {z} from 'zod';
import {GraphShapeError} from './errors.js';

/** A string enum that keeps values it does not know (typed as the known ones or any other string). */
export function openEnum<const T extends readonly [string, ...string[]]>(_values: T) {
	return z.string().transform(value => value as T[number] | (string & {}));
}

/** Graph's `null`-or-missing: both become undefined. */
export function opt<S extends z.ZodType>(schema: S) {
	return schema.nullish().transform(value => (value === null ? undefined : value) as z.output<S> | undefined);
}

/** An array that may be missing or null (becomes []). */
export function list<S extends z.ZodType>(item: S) {
	return z
		.array(item)
		.nullish()
		.transform(value => value ?? []);
}

function pathText(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
	return out;
}

/** Validates one value; `at` prefixes the field path (`value[3]`), `endpoint` names the call (`GET /v1.0/users`). */
export function parseModel<S extends z.ZodType>(schema: S, value: unknown, endpoint: string, at = ''): z.output<S> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	const inner = pathText(issue.path);
	const field = at && inner ? `${at}.${inner}` : at || inner || '(response)';
	throw new GraphShapeError(endpoint, field, issue.message);
}

/** `GET /v1.0/users` from a Graph URL (no origin, no query), for error messages. */
export function endpointOf(method: string, url: string): string {
	return `${method} ${url.replace(/^https?:\/\/[^/]+/i, '').split('?')[0]}`;
}
