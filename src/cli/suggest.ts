/** Damerau-free Levenshtein distance: small inputs only (flag and command names). */
export function editDistance(a: string, b: string): number {
	const previous = Array.from({length: b.length + 1}, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = previous[0]!;
		previous[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = previous[j]!;
			previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return previous[b.length]!;
}

/**
 * The closest candidate, when it is close enough to be a plausible typo (distance at most a third of the longer word,
 * at least 2), or when the input is a prefix of exactly one candidate.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
	const lower = input.toLowerCase();
	const prefixed = candidates.filter(c => c.startsWith(lower));
	if (prefixed.length === 1) return prefixed[0];
	let best: string | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const candidate of candidates) {
		const distance = editDistance(lower, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	const limit = Math.max(2, Math.floor(Math.max(lower.length, best?.length ?? 0) / 3));
	return bestDistance <= limit ? best : undefined;
}
