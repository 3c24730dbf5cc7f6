/** Order statistics for the benchmark tables (nearest-rank on a sorted copy; no interpolation surprises). */
export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
	return sorted[rank]!;
}

/** The median; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Summary {
	readonly n: number;
	readonly median: number;
	readonly p95: number;
	readonly min: number;
	readonly max: number;
}

export function summarise(values: readonly number[]): Summary {
	return {
		n: values.length,
		median: median(values),
		p95: quantile(values, 0.95),
		min: values.length ? Math.min(...values) : Number.NaN,
		max: values.length ? Math.max(...values) : Number.NaN,
	};
}

/** Least-squares slope of y over x (for "RSS per 10⁵ sign-ins"). */
export function slope(points: readonly (readonly [number, number])[]): number {
	const n = points.length;
	if (n < 2) return Number.NaN;
	const mx = points.reduce((s, [x]) => s + x, 0) / n;
	const my = points.reduce((s, [, y]) => s + y, 0) / n;
	let num = 0;
	let den = 0;
	for (const [x, y] of points) {
		num += (x - mx) * (y - my);
		den += (x - mx) ** 2;
	}
	return den === 0 ? Number.NaN : num / den;
}
