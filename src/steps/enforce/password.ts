/**
 * The emergency-access account's password: long, random, from the platform's cryptographic generator, with every
 * character class Entra's complexity rule counts (three of four are required). Shown once, never stored.
 */
import {randomInt} from 'node:crypto';
import {EMERGENCY_ACCESS} from '../../knowledge/enforcement.js';

// Look-alike characters (0/O, 1/l/I) left out: the admin may have to copy it by hand into a safe.
const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#$%&*+-=?@^_~'] as const;

export function generatePassword(
	length: number = EMERGENCY_ACCESS.passwordLength,
	random: (max: number) => number = max => randomInt(max),
): string {
	const all = CLASSES.join('');
	const chars = CLASSES.map(set => set[random(set.length)]!);
	while (chars.length < length) chars.push(all[random(all.length)]!);
	// Fisher–Yates, so the guaranteed characters are not always first.
	for (let i = chars.length - 1; i > 0; i--) {
		const j = random(i + 1);
		[chars[i], chars[j]] = [chars[j]!, chars[i]!];
	}
	return chars.join('');
}
