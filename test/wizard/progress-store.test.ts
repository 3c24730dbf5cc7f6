import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {UserError} from '../../src/errors.js';
import {acquireLock, type LockOwner} from '../../src/wizard/lock.js';
import {ProgressStore, upgradeProgressFile} from '../../src/wizard/progress-store.js';
import {wizardReducer} from '../../src/wizard/reducer.js';
import {tempDir} from '../helpers/tmp.js';
import {en} from '../helpers/translator.js';

const tenant = {id: '4D3E6F1A-2B7C-4E8D-9A0B-C0C1D2E3F4A5', displayName: 'Contoso Partner'};
const clock = () => {
	let t = Date.parse('2026-11-26T10:00:00Z');
	return () => {
		t += 1000;
		return `${new Date(t).toISOString().slice(0, 19)}Z`;
	};
};
const open = (dir: string, extra: Partial<Parameters<typeof ProgressStore.open>[0]> = {}) =>
	ProgressStore.open({dir, tenant, mode: 'demo', now: clock(), t: en, ...extra});

function thrown(fn: () => unknown): UserError {
	try {
		fn();
	} catch (error) {
		if (error instanceof UserError) return error;
		throw error;
	}
	throw new Error('expected a UserError');
}

describe('progress store', () => {
	it('round-trips progress and journal in one file per tenant, named by the lower-cased GUID', () => {
		const dir = tempDir();
		const store = open(dir);
		expect(store.hasSavedSession).toBe(false);
		const next = wizardReducer(store.progress, {
			type: 'answer-given',
			step: 'office',
			at: '2026-11-26T10:00:00Z',
			key: 'exoModernAuth',
			value: true,
		});
		store.saveProgress(next);
		store.saveJournal([{id: 'change-1', status: 'applied'}]);
		store.saveSection('breakGlass', ['bg1@contoso.example']);
		expect(path.basename(store.file)).toBe('4d3e6f1a-2b7c-4e8d-9a0b-c0c1d2e3f4a5.json');

		const again = open(dir);
		expect(again.hasSavedSession).toBe(true);
		expect(again.progress.steps.office).toMatchObject({status: 'answered', answers: {exoModernAuth: true}});
		expect(again.progress.steps.profile.status).toBe('pending');
		expect(again.journal).toEqual([{id: 'change-1', status: 'applied'}]);
		expect(again.section('breakGlass')).toEqual(['bg1@contoso.example']);
		const raw = JSON.parse(fs.readFileSync(again.file, 'utf8'));
		expect(raw).toMatchObject({schemaVersion: 1, mode: 'demo', tenant: {id: tenant.id.toLowerCase()}});
	});

	it('writes the file with mode 0600 and its folder with 0700', () => {
		const dir = path.join(tempDir(), 'progress');
		const store = open(dir);
		store.saveJournal([]);
		expect(fs.statSync(store.file).mode & 0o777).toBe(0o600);
		expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
	});

	it('refuses reserved section names so other modules cannot clobber the core fields', () => {
		const store = open(tempDir());
		expect(() => store.saveSection('journal', [])).toThrow(/reserved/);
	});

	it('keeps a corrupt file as .corrupt-<timestamp>, names it, suggests --fresh and exits 2', () => {
		const dir = tempDir();
		const file = ProgressStore.fileFor(dir, tenant.id);
		fs.writeFileSync(file, '{"schemaVersion": 1, "steps": {', {mode: 0o600});
		const error = thrown(() => open(dir));
		expect(error.code).toBe('progress-corrupt');
		expect(error.exitCode).toBe(2);
		expect(error.message).toContain(file);
		expect(error.nextSteps).toContain('mfa-onboard --fresh');
		const kept = fs.readdirSync(dir).filter(f => f.includes('.corrupt-'));
		expect(kept).toHaveLength(1);
		expect(fs.readFileSync(path.join(dir, kept[0]!), 'utf8')).toBe('{"schemaVersion": 1, "steps": {');
		expect(fs.existsSync(file)).toBe(false);
	});

	it('treats valid JSON of the wrong shape as corrupt too', () => {
		const dir = tempDir();
		fs.writeFileSync(ProgressStore.fileFor(dir, tenant.id), JSON.stringify({schemaVersion: 1, steps: 'nope'}));
		expect(thrown(() => open(dir)).code).toBe('progress-corrupt');
	});

	it('refuses a file from a newer schema without touching it', () => {
		const dir = tempDir();
		const file = ProgressStore.fileFor(dir, tenant.id);
		const content = JSON.stringify({schemaVersion: 9, future: true});
		fs.writeFileSync(file, content);
		const error = thrown(() => open(dir));
		expect(error.code).toBe('progress-newer');
		expect(fs.readFileSync(file, 'utf8')).toBe(content);
	});

	it('upgrades older files through the upgrade chain before validating them', () => {
		const dir = tempDir();
		// Given a version-0 file (no schemaVersion, answers kept under another name)…
		fs.writeFileSync(
			ProgressStore.fileFor(dir, tenant.id),
			JSON.stringify({tenantId: tenant.id.toLowerCase(), stepAnswers: {office: {exoModernAuth: false}}}),
		);
		// …when an upgrade from 0 exists, the store opens the upgraded shape.
		const store = open(dir, {
			upgrades: {
				0: old => ({
					tenant: {id: old.tenantId},
					mode: 'live',
					createdAt: '2026-01-01T00:00:00Z',
					updatedAt: '2026-01-01T00:00:00Z',
					steps: {
						office: {status: 'answered', answers: (old.stepAnswers as Record<string, unknown>).office},
					},
				}),
			},
		});
		expect(store.progress.steps.office).toMatchObject({status: 'answered', answers: {exoModernAuth: false}});
		expect(upgradeProgressFile({schemaVersion: 3}, 1)).toEqual({newer: 3});
	});

	it('--fresh moves the saved session aside as a backup and starts empty', () => {
		const dir = tempDir();
		const first = open(dir);
		first.saveSection('note', 'old session');
		const fresh = open(dir, {fresh: true});
		expect(fresh.backupFile).toMatch(/\.backup-2026-11-26T10-00-01Z\.json$/);
		expect(JSON.parse(fs.readFileSync(fresh.backupFile!, 'utf8')).note).toBe('old session');
		expect(fresh.section('note')).toBeUndefined();
		expect(fresh.hasSavedSession).toBe(false);
	});
});

describe('progress lock', () => {
	const owner = (pid: number): LockOwner => ({
		pid,
		hostname: 'host-a',
		command: 'mfa-onboard --demo',
		startedAt: '2026-11-26T10:00:00Z',
	});
	const message = (other: LockOwner) => ({message: `locked by ${other.pid} (${other.command})`, hint: 'wait'});

	it('refuses a second process while the first is alive, naming it', () => {
		const file = path.join(tempDir(), 't.lock');
		const first = acquireLock({file, owner: owner(100), isAlive: () => true, message});
		const error = thrown(() => acquireLock({file, owner: owner(200), isAlive: () => true, message}));
		expect(error.message).toBe('locked by 100 (mfa-onboard --demo)');
		expect(error.exitCode).toBe(2);
		first.release();
		expect(acquireLock({file, owner: owner(200), isAlive: () => true, message}).recoveredFrom).toBeUndefined();
	});

	it('takes over a stale lock left by a crashed process and says so', () => {
		const file = path.join(tempDir(), 't.lock');
		acquireLock({file, owner: owner(100), isAlive: () => true, message});
		const second = acquireLock({file, owner: owner(200), isAlive: pid => pid !== 100, message});
		expect(second.recoveredFrom?.pid).toBe(100);
		expect(JSON.parse(fs.readFileSync(file, 'utf8')).pid).toBe(200);
	});

	it('treats an unreadable lock file as stale', () => {
		const file = path.join(tempDir(), 't.lock');
		fs.writeFileSync(file, '{half');
		const lock = acquireLock({file, owner: owner(300), isAlive: () => true, message});
		expect(lock.recoveredFrom).toBeUndefined();
		lock.release();
		expect(fs.existsSync(file)).toBe(false);
	});

	it('honours a lock held on another host (a shared home folder) since it cannot be checked', () => {
		const file = path.join(tempDir(), 't.lock');
		acquireLock({file, owner: {...owner(100), hostname: 'host-b'}, isAlive: () => false, message});
		expect(() => acquireLock({file, owner: owner(200), isAlive: () => false, message})).toThrow(UserError);
	});

	it('release leaves a lock taken over by someone else alone', () => {
		const file = path.join(tempDir(), 't.lock');
		const mine = acquireLock({file, owner: owner(100), isAlive: () => true, message});
		fs.writeFileSync(file, JSON.stringify(owner(999)));
		mine.release();
		expect(fs.existsSync(file)).toBe(true);
	});

	it('uses the real process table by default: a dead pid is stale', () => {
		const file = path.join(tempDir(), 't.lock');
		fs.writeFileSync(file, JSON.stringify({...owner(2 ** 22 + 12345), hostname: 'host-a'}));
		expect(acquireLock({file, owner: owner(process.pid), message}).recoveredFrom?.pid).toBe(2 ** 22 + 12345);
	});
});
