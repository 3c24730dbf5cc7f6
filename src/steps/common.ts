/**
 * Small helpers the step modules share: reading answers safely (they come from a JSON file a person could edit) and
 * building plan-document lines.
 */
import type {JsonValue} from '../wizard/reducer.js';
import type {Answers} from './types.js';

/** A string answer when it is one of `allowed`, else `fallback`. */
export function choiceAnswer<T extends string>(answers: Answers, key: string, allowed: readonly T[], fallback: T): T {
	const value = answers[key];
	return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A string-list answer, keeping only the allowed values, in the allowed order. */
export function listAnswer<T extends string>(
	answers: Answers,
	key: string,
	allowed: readonly T[],
	fallback: readonly T[],
): T[] {
	const value = answers[key];
	if (!Array.isArray(value)) return [...fallback];
	return allowed.filter(a => value.includes(a));
}

/** A free-text answer (notes), trimmed; undefined when absent or empty. */
export function textAnswer(answers: Answers, key: string): string | undefined {
	const value = answers[key];
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A map-of-objects answer (per-item decisions), entries that are not objects dropped. */
export function recordAnswer(
	answers: Answers,
	key: string,
): Readonly<Record<string, Readonly<Record<string, JsonValue>>>> {
	const value = answers[key];
	if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
	const out: Record<string, Readonly<Record<string, JsonValue>>> = {};
	for (const [k, v] of Object.entries(value)) {
		if (v && typeof v === 'object' && !Array.isArray(v)) out[k] = v;
	}
	return out;
}

/** An RFC 3339 date-time's calendar date (`2026-11-26`), for file names. */
export function datePart(iso: string): string {
	return iso.slice(0, 10);
}
