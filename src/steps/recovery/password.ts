/**
 * Temporary passwords for an admin reset (GRAPH.md §10): cryptographically random, 16 characters from four classes
 * (Entra requires three of four and 8–256 characters:
 * https://learn.microsoft.com/entra/identity/authentication/concept-password-ban-bad-combined-policy), without
 * characters that are easily misread when read out over the phone (0/O, 1/l/I) or that break in a shell or a URL.
 * The password exists only in memory: it is shown once and never stored (PRODUCT.md ground rules).
 */
import {randomInt} from 'node:crypto';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const SYMBOLS = '!#$%*+-=?@^_~';
const ALL = UPPER + LOWER + DIGITS + SYMBOLS;

export const TEMPORARY_PASSWORD_LENGTH = 16;

/** `random(n)` returns an integer in [0, n); crypto-random by default (tests may inject a sequence). */
export function generateTemporaryPassword(random: (n: number) => number = n => randomInt(n)): string {
	const pick = (set: string) => set[random(set.length)]!;
	const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
	while (chars.length < TEMPORARY_PASSWORD_LENGTH) chars.push(pick(ALL));
	// Fisher–Yates, so the guaranteed classes are not always in front.
	for (let i = chars.length - 1; i > 0; i--) {
		const j = random(i + 1);
		[chars[i], chars[j]] = [chars[j]!, chars[i]!];
	}
	return chars.join('');
}
