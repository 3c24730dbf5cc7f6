/**
 * Runs the interactive wizard: sign in (Ink screen), lock and open the tenant's progress, render the wizard, and on
 * exit release the lock and say where progress was saved. Imported lazily by cli.tsx so --help and --version never
 * load Ink.
 */

import fs from 'node:fs';
import chalk from 'chalk';
import {render} from 'ink';
import type {Output} from '../cli.js';
import {EXIT, UserError} from '../errors.js';
import {getOrganization} from '../graph/organization.js';
import {translateError} from '../graph/translate.js';
import {defaultCollector} from '../runtime/collector.js';
import {type HostFacts, type OpenedTenant, openTenant, resetDemoTenant} from '../runtime/open-tenant.js';
import type {Session} from '../session.js';
import {STEP_MODULES} from '../steps/registry.js';
import {WizardController} from '../wizard/controller.js';
import {WizardEngine} from '../wizard/engine.js';
import {type Lock, tenantLock} from '../wizard/lock.js';
import {ProgressStore, type TenantRef} from '../wizard/progress-store.js';
import {UiProvider} from './context.js';
import {type ShownSignInScreen, showSignInScreen} from './first-frame.js';
import {makeTheme} from './theme.js';
import {WizardApp} from './WizardApp.js';

/** Signs in on an Ink screen (the one already shown, if any); returns the opened tenant, or throws (Ctrl-C → interrupted). */
async function signIn(
	session: Session,
	host: HostFacts,
	shown?: ShownSignInScreen,
): Promise<{opened: OpenedTenant; tenant: TenantRef; account: string}> {
	const t = session.t;
	const {model, instance: screen} = shown ?? showSignInScreen(session);
	let interrupted = false;
	const exited = screen.waitUntilExit().then(() => {
		interrupted = true;
	});
	let opened: OpenedTenant | undefined;
	try {
		const work = (async () => {
			opened = await openTenant(session, {ui: model.ui, host});
			const account = await opened.signIn();
			const organization = await getOrganization(opened.graph);
			const defaultDomain = organization.verifiedDomains?.find(d => d.isDefault)?.name;
			return {
				opened,
				account: account.username,
				tenant: {id: account.tenantId, displayName: organization.displayName, defaultDomain},
			};
		})();
		const result = await Promise.race([work, exited.then(() => undefined)]);
		if (!result || interrupted)
			throw new UserError(t('cli.interrupted'), {exitCode: EXIT.interrupted, code: 'interrupted'});
		return result;
	} catch (error) {
		await opened?.close();
		throw translateError(error, t, opened?.graph.redactor);
	} finally {
		// Clear the sign-in screen so the wizard starts on a clean frame.
		screen.rerender(null);
		screen.unmount();
	}
}

export async function runWizard(
	session: Session,
	out: Output,
	host: HostFacts,
	shown?: ShownSignInScreen,
): Promise<number> {
	if (!session.color) chalk.level = 0;
	const t = session.t;
	const collect = await defaultCollector();
	const {opened, tenant, account} = await signIn(session, host, shown);
	const effective = opened.session;
	let lock: Lock | undefined;
	try {
		fs.mkdirSync(effective.paths.progressDir, {recursive: true, mode: 0o700});
		lock = tenantLock(effective, tenant.id);
		if (lock.recoveredFrom) out.stderr.write(`${t('progress.lockRecovered', {pid: lock.recoveredFrom.pid})}\n`);
		let store = openStore(effective, tenant, effective.flags.fresh);
		let offerResume = store.hasSavedSession && !effective.flags.resume && !effective.flags.fresh;
		const backups: string[] = store.backupFile ? [store.backupFile] : [];
		for (;;) {
			let freshRequested = false;
			const controller = new WizardController(store.progress, store, {dryRun: effective.dryRun});
			const engine = new WizardEngine({
				controller,
				store,
				graph: opened.graph,
				steps: STEP_MODULES,
				collect: (breakGlass, onProgress) => collect(opened, breakGlass, onProgress),
				t,
				now: () => effective.clock.nowIso(),
				mode: effective.mode,
				dryRun: effective.dryRun,
				workDir: effective.paths.workDir,
				progressDir: effective.paths.progressDir,
				breakGlass: effective.flags.breakGlass,
				acceptLockoutRisk: effective.flags.iUnderstandLockoutRisk,
			});
			const instance = render(
				<UiProvider value={{t, theme: makeTheme(effective.color)}}>
					<WizardApp
						controller={controller}
						engine={engine}
						domain={tenant.defaultDomain ?? tenant.id}
						header={{
							tenantName: tenant.displayName,
							tenantDomain: tenant.defaultDomain,
							account,
							isDemo: effective.mode === 'demo',
						}}
						isDryRun={effective.dryRun}
						resume={offerResume ? {updatedAt: store.updatedAt} : undefined}
						onFresh={() => {
							freshRequested = true;
							instance.unmount();
						}}
						now={() => effective.clock.nowIso()}
					/>
				</UiProvider>,
				{exitOnCtrlC: true, patchConsole: false},
			);
			await instance.waitUntilExit();
			if (!freshRequested) break;
			store = openStore(effective, tenant, true);
			if (store.backupFile) backups.push(store.backupFile);
			await resetDemoTenant(opened);
			offerResume = false;
		}
		for (const backup of backups) out.stdout.write(`${t('shell.freshBackup', {file: backup})}\n`);
		if (fs.existsSync(store.file)) out.stdout.write(`${t('shell.savedAndQuit', {file: store.file})}\n`);
		return EXIT.ok;
	} finally {
		lock?.release();
		await opened.close();
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
