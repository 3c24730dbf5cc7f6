/**
 * Runs the interactive wizard: lock and open the tenant's progress, render the Ink app, and on exit release the lock
 * and say where progress was saved. Imported lazily by cli.tsx so --help and --version never load Ink.
 */

import path from 'node:path';
import chalk from 'chalk';
import {render} from 'ink';
import type {Output} from '../cli.js';
import {EXIT, UserError} from '../errors.js';
import type {Session} from '../session.js';
import {DEMO_TENANT} from '../simulator/demo-tenant.js';
import {WizardController} from '../wizard/controller.js';
import {acquireLock, type Lock} from '../wizard/lock.js';
import {ProgressStore, type TenantRef} from '../wizard/progress-store.js';
import {App} from './App.js';
import {UiProvider} from './context.js';
import {makeTheme} from './theme.js';

export function lockFor(session: Session, tenantId: string): Lock {
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

async function resolveTenant(session: Session): Promise<TenantRef> {
	if (session.mode === 'demo') return DEMO_TENANT;
	throw new UserError(session.t('cli.notAvailable', {command: 'mfa-onboard (live sign-in)'}), {
		hint: session.t('cli.notAvailableHint'),
		nextSteps: ['mfa-onboard --demo'],
		exitCode: EXIT.usage,
		code: 'not-available',
	});
}

export async function runWizard(session: Session, out: Output): Promise<number> {
	if (!session.color) chalk.level = 0;
	const t = session.t;
	const tenant = await resolveTenant(session);
	const fs = await import('node:fs');
	fs.mkdirSync(session.paths.progressDir, {recursive: true, mode: 0o700});
	const lock = lockFor(session, tenant.id);
	try {
		if (lock.recoveredFrom) out.stderr.write(`${t('progress.lockRecovered', {pid: lock.recoveredFrom.pid})}\n`);
		let store = openStore(session, tenant, session.flags.fresh);
		let offerResume = store.hasSavedSession && !session.flags.resume && !session.flags.fresh;
		const backups: string[] = store.backupFile ? [store.backupFile] : [];
		for (;;) {
			let freshRequested = false;
			const controller = new WizardController(store.progress, store, {dryRun: session.dryRun});
			const instance = render(
				<UiProvider value={{t, theme: makeTheme(session.color)}}>
					<App
						controller={controller}
						header={{
							tenantName: tenant.displayName,
							tenantDomain: tenant.defaultDomain,
							isDemo: session.mode === 'demo',
						}}
						isDryRun={session.dryRun}
						resume={offerResume ? {updatedAt: store.updatedAt} : undefined}
						onFresh={() => {
							freshRequested = true;
							instance.unmount();
						}}
						now={() => session.clock.nowIso()}
					/>
				</UiProvider>,
				{exitOnCtrlC: true, patchConsole: false},
			);
			await instance.waitUntilExit();
			if (!freshRequested) break;
			store = openStore(session, tenant, true);
			if (store.backupFile) backups.push(store.backupFile);
			offerResume = false;
		}
		for (const backup of backups) out.stdout.write(`${t('shell.freshBackup', {file: backup})}\n`);
		if (fs.existsSync(store.file)) out.stdout.write(`${t('shell.savedAndQuit', {file: store.file})}\n`);
		return EXIT.ok;
	} finally {
		lock.release();
	}
}

function openStore(session: Session, tenant: TenantRef, fresh: boolean): ProgressStore {
	return ProgressStore.open({
		dir: session.paths.progressDir,
		tenant,
		mode: session.mode,
		now: () => session.clock.nowIso(),
		t: session.t,
		fresh,
	});
}
