/**
 * Ordering and date-time formatting shared by every list the report prints (COMPLIANCE.md "Ordering", REPORT.md
 * determinism): the same tenant data and clock give byte-identical output.
 */

/** By UPN lower-cased, then by UTF-16 code unit (JavaScript's `<` on strings compares code units, independent of locale). */
export function compareUpn(a: string, b: string): number {
	const la = a.toLowerCase();
	const lb = b.toLowerCase();
	if (la !== lb) return la < lb ? -1 : 1;
	if (a !== b) return a < b ? -1 : 1;
	return 0;
}

/** Plain UTF-16 code unit order (ids, protocol names, keys). */
export function compareCodeUnits(a: string, b: string): number {
	if (a === b) return 0;
	return a < b ? -1 : 1;
}

export function sortUpns(values: Iterable<string>): string[] {
	return [...values].sort(compareUpn);
}

/** RFC 3339 UTC with `Z`, second precision (`2026-11-26T10:00:00Z`). */
export function formatDateTime(value: Date | number | string): string {
	const date = value instanceof Date ? value : new Date(value);
	const ms = date.getTime();
	if (Number.isNaN(ms)) throw new RangeError(`Not a date-time: ${String(value)}`);
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Milliseconds since the epoch of an RFC 3339 date-time, or NaN. */
export function parseDateTime(value: string): number {
	return Date.parse(value);
}
