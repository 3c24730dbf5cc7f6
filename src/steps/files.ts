/** Files a step writes into the working directory when the admin asks (exports, .reg files): never over another. */
import fs from 'node:fs';
import path from 'node:path';

/** A file name in `dir` that does not exist yet: `<base><ext>`, else `<base>-2<ext>`, … */
export function freshPath(dir: string, base: string, extension: string): string {
	for (let i = 1; ; i++) {
		const candidate = path.join(dir, `${base}${i === 1 ? '' : `-${i}`}${extension}`);
		if (!fs.existsSync(candidate)) return candidate;
	}
}
