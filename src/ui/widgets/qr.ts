/**
 * A QR code as text lines for the terminal: half-block characters (two modules per row), so a short link such as
 * https://aka.ms/mysecurityinfo fits in 27 columns × 14 rows. qrcode-terminal calls back synchronously.
 */
import qrcode from 'qrcode-terminal';

const cache = new Map<string, readonly string[]>();

export function qrLines(text: string): readonly string[] {
	const cached = cache.get(text);
	if (cached) return cached;
	let output = '';
	qrcode.generate(text, {small: true}, code => {
		output = code;
	});
	const lines = output.split('\n').filter(line => line.length > 0);
	cache.set(text, lines);
	return lines;
}
