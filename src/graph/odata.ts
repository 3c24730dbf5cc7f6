/**
 * OData query strings for the area modules (GRAPH.md §11): string literals quoted with doubled single quotes,
 * date-times as UTC literals, values percent-encoded except the characters Graph's own examples keep readable.
 */

/** A string literal for $filter: `'O''Brien'`. */
export function quote(value: string): string {
	return `'${value.replace(/'/g, "''")}'`;
}

/** Encodes one query value, keeping `$ ' ( ) , : /` readable (they are legal in a query component). */
export function encodeValue(value: string): string {
	return encodeURIComponent(value).replace(/%(24|27|28|29|2C|3A|2F)/gi, (_, hex: string) =>
		String.fromCharCode(Number.parseInt(hex, 16)),
	);
}

export interface QueryOptions {
	readonly select?: readonly string[];
	readonly filter?: string;
	readonly expand?: string;
	readonly top?: number;
	readonly orderby?: string;
	readonly count?: boolean;
	readonly search?: string;
	/** Extra parameters, e.g. `$format`. */
	readonly extra?: Readonly<Record<string, string>>;
}

/** `?$select=…&$filter=…` (empty string when there is nothing to add). */
export function query(options: QueryOptions): string {
	const parts: string[] = [];
	if (options.select && options.select.length > 0) parts.push(`$select=${encodeValue(options.select.join(','))}`);
	if (options.filter) parts.push(`$filter=${encodeValue(options.filter)}`);
	if (options.expand) parts.push(`$expand=${encodeValue(options.expand)}`);
	if (options.orderby) parts.push(`$orderby=${encodeValue(options.orderby)}`);
	if (options.search) parts.push(`$search=${encodeValue(options.search)}`);
	if (options.top !== undefined) parts.push(`$top=${options.top}`);
	if (options.count) parts.push('$count=true');
	for (const [key, value] of Object.entries(options.extra ?? {})) parts.push(`${key}=${encodeValue(value)}`);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Path segment for an id or a UPN (`#` and `/` must not end up in the path). */
export function segment(value: string): string {
	return encodeURIComponent(value).replace(/%40/g, '@');
}
