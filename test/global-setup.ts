import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** CLI and end-to-end tests run the built product (bin → dist), so build it once before the suite. */
export default function setup(): void {
	const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
	execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {cwd: root, stdio: 'pipe'});
}
