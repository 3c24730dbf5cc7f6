/**
 * One wizard per tenant at a time: a lock file beside the progress file, holding who took it. A lock whose process is
 * gone (a crash, a kill -9) is stale and is taken over; a live one is refused with the other process named.
 */
import fs from 'node:fs';
import path from 'node:path';
import {EXIT, UserError} from '../errors.js';
import type {Session} from '../session.js';

export interface LockOwner {
	readonly pid: number;
	readonly hostname: string;
	readonly command: string;
	readonly startedAt: string;
}

export interface LockOptions {
	readonly file: string;
	readonly owner: LockOwner;
	/** Whether a process id is alive on this machine (injectable for tests). */
	readonly isAlive?: (pid: number) => boolean;
	readonly message: (other: LockOwner) => {message: string; hint: string};
}

export interface Lock {
	readonly file: string;
	/** Whether a stale lock was taken over (the previous run crashed). */
	readonly recoveredFrom?: LockOwner;
	release(): void;
}

export function processIsAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readOwner(file: string): LockOwner | undefined {
	try {
		const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
		if (typeof parsed.pid === 'number' && typeof parsed.hostname === 'string') {
			return {
				pid: parsed.pid,
				hostname: parsed.hostname,
				command: String(parsed.command ?? ''),
				startedAt: String(parsed.startedAt ?? ''),
			};
		}
	} catch {
		// Unreadable or half-written: treated as stale below.
	}
	return undefined;
}

export function acquireLock(options: LockOptions): Lock {
	const isAlive = options.isAlive ?? processIsAlive;
	let recoveredFrom: LockOwner | undefined;
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			const fd = fs.openSync(options.file, 'wx', 0o600);
			try {
				fs.writeSync(fd, JSON.stringify(options.owner));
			} finally {
				fs.closeSync(fd);
			}
			return {
				file: options.file,
				recoveredFrom,
				release() {
					const owner = readOwner(options.file);
					if (owner?.pid === options.owner.pid && owner.hostname === options.owner.hostname) {
						fs.rmSync(options.file, {force: true});
					}
				},
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const other = readOwner(options.file);
		// A lock taken on another machine (a shared home directory) cannot be checked, so it is honoured.
		const alive =
			other !== undefined &&
			(other.hostname !== options.owner.hostname || (other.pid !== options.owner.pid && isAlive(other.pid)));
		if (alive) {
			const {message, hint} = options.message(other);
			throw new UserError(message, {hint, exitCode: EXIT.usage, code: 'progress-locked'});
		}
		recoveredFrom = other;
		fs.rmSync(options.file, {force: true});
	}
	throw new UserError(`Could not lock ${options.file}.`, {exitCode: EXIT.usage, code: 'progress-locked'});
}

/** One tenant's lock for a run of this session (the wizard, or the plan of `--dry-run --yes`), named for the admin. */
export function tenantLock(session: Session, tenantId: string): Lock {
	const t = session.t;
	return acquireLock({
		file: path.join(session.paths.progressDir, `${tenantId.toLowerCase()}.lock`),
		owner: {
			pid: session.process.pid,
			hostname: session.process.hostname,
			command: session.process.commandLine,
			startedAt: session.clock.nowIso(),
		},
		message: other => ({
			message: t('progress.locked', {
				pid: other.pid,
				command: other.command,
				startedAt: other.startedAt ? t.dateTime(other.startedAt) : '?',
				hostname: other.hostname,
			}),
			hint: t('progress.lockedHint'),
		}),
	});
}
