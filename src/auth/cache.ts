/**
 * The MSAL token cache in its own file (Session.paths.tokenCache), never inside a progress file.
 * - 0600 file in a 0700 folder, written atomically (temp file + rename), so a killed process never leaves half a file.
 * - No @azure/msal-node-extensions: its keytar dependency fails to install without libsecret, which would break `npx`
 *   on many machines (STACK.md pitfall 12). A 0600 file is also what that package falls back to on Linux.
 * - No locking: two concurrent runs may each rotate a refresh token and the last writer wins (STACK.md MSAL pitfall 7);
 *   the loser simply signs in again.
 * - An unreadable file is kept beside it as a backup and the run signs in afresh (never silently deleted).
 */
import {randomUUID} from 'node:crypto';
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {ICachePlugin, TokenCacheContext} from '@azure/msal-node';

export interface FileCacheOptions {
	readonly file: string;
	/** Called when the file could not be parsed and was moved to `backup`. */
	readonly onCorrupt?: (backup: string) => void;
	/** Suffix for the backup name (a timestamp from the session clock). */
	readonly stamp?: () => string;
}

async function readCache(file: string): Promise<string | undefined> {
	try {
		return await fs.readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** Writes `text` to `file` atomically with mode 0600, creating the folder with mode 0700. */
export async function writePrivateFile(file: string, text: string): Promise<void> {
	const dir = path.dirname(file);
	await fs.mkdir(dir, {recursive: true, mode: 0o700});
	await fs.chmod(dir, 0o700).catch(() => undefined);
	const tmp = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
	const handle = await fs.open(tmp, 'w', 0o600);
	try {
		await handle.writeFile(text);
		// The mode of open() applies only on creation and is masked by umask: set it explicitly.
		await handle.chmod(0o600);
		await handle.sync();
	} finally {
		await handle.close();
	}
	try {
		await fs.rename(tmp, file);
	} catch (error) {
		await fs.rm(tmp, {force: true});
		throw error;
	}
}

export function fileCachePlugin(options: FileCacheOptions): ICachePlugin {
	return {
		async beforeCacheAccess(context: TokenCacheContext) {
			const text = await readCache(options.file);
			if (text === undefined || text.trim() === '') return;
			try {
				JSON.parse(text);
			} catch {
				const backup = `${options.file}.corrupt-${options.stamp?.() ?? 'backup'}`;
				await fs.rename(options.file, backup);
				options.onCorrupt?.(backup);
				return;
			}
			context.tokenCache.deserialize(text);
		},
		async afterCacheAccess(context: TokenCacheContext) {
			if (!context.cacheHasChanged) return;
			await writePrivateFile(options.file, context.tokenCache.serialize());
		},
	};
}

/** Removes the cache file; answers how many accounts it held (0 when there was none). */
export async function clearCacheFile(file: string): Promise<number> {
	const text = await readCache(file);
	if (text === undefined) return 0;
	let accounts = 0;
	try {
		accounts = Object.keys((JSON.parse(text) as {Account?: Record<string, unknown>}).Account ?? {}).length;
	} catch {
		// A corrupt cache is still removed on sign-out.
	}
	await fs.rm(file, {force: true});
	return accounts;
}
