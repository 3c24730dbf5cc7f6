/**
 * `mfa-onboard undo [CHANGE_ID | --all] [--dry-run] [--force] [--demo]`: reverses changes this tool made, newest
 * first, from the tenant's journal (PRODUCT.md). Each undo is the exact inverse recorded when the change was applied
 * (delete what was created, put back the previous state), sent through the ChangeRunner, which refuses when the
 * object was edited by someone else since (its drift check) unless --force, and journals the undo.
 *
 * - `--dry-run`: shows the requests (and what each would meet in the tenant), sends nothing.
 * - Confirmation: always interactive (`--yes` is refused for undo by the flag table). Undoing anything that lifts
 *   protection or touches who must do MFA (Conditional Access, security defaults, accounts and roles) needs the
 *   tenant's domain typed; anything else a y.
 * - Stops at the first refusal or failure, says what was undone and what is left.
 * - `--demo` works on the persisted demo tenant (runtime/open-tenant.ts), exactly as live.
 */
import path from 'node:path';
import type {SignInUi} from '../auth/auth.js';
import type {ChangeRequest, Confirmation} from '../changes/change.js';
import {type JournalEntry, undoable} from '../changes/journal.js';
import {ChangeRunner, type UndoCheck} from '../changes/runner.js';
import {EXIT, isUserError, UserError} from '../errors.js';
import {getOrganization} from '../graph/organization.js';
import {translateError} from '../graph/translate.js';
import {type HostFacts, type OpenedTenant, openTenant} from '../runtime/open-tenant.js';
import type {Session} from '../session.js';
import {WizardController} from '../wizard/controller.js';
import {storeJournal} from '../wizard/engine.js';
import {acquireLock} from '../wizard/lock.js';
import {ProgressStore} from '../wizard/progress-store.js';
import {isStepId} from '../wizard/step-ids.js';

export interface UndoIo {
	/** The command's report (stdout). */
	readonly out: (text: string) => void;
	/** Sign-in prompts, notices (stderr). */
	readonly err: (text: string) => void;
	readonly ui: SignInUi;
	readonly host: HostFacts;
	/** Asks one question on the terminal and returns the line typed; undefined when there is no terminal to ask on. */
	readonly prompt?: (question: string) => Promise<string>;
	/** Tests: a tenant opened already (the simulator). */
	readonly opened?: OpenedTenant;
}

export interface UndoOutcome {
	readonly undone: readonly string[];
	/** Left in effect (refused, failed, or not reached). */
	readonly remaining: readonly string[];
}

const PROTECTIVE_PATHS = [
	'/identity/conditionalAccess/',
	'/policies/identitySecurityDefaultsEnforcementPolicy',
	'/users/',
	'/roleManagement/',
];

/**
 * How much confirmation undoing `entry` needs: the typed domain when its inverse touches Conditional Access, security
 * defaults, accounts or roles — it lifts protection (a deleted policy, security defaults off, an emergency account
 * removed) or changes who is challenged (a policy back on) — otherwise a y.
 */
export function undoConfirmation(entry: JournalEntry): Confirmation {
	const plan = entry.undo;
	if (!plan || !('request' in plan)) return 'confirm';
	return PROTECTIVE_PATHS.some(p => plan.request.path.startsWith(p)) ? 'type-domain' : 'confirm';
}

function requestLine(request: ChangeRequest): string {
	return `${request.method} /${request.version}${request.path}`;
}

/** The entries to undo, newest first: one change (its latest applied entry), or every applied one. */
export function selectEntries(
	entries: readonly JournalEntry[],
	target: {readonly changeId?: string; readonly all: boolean},
	t: Session['t'],
): JournalEntry[] {
	if (target.all) return undoable(entries);
	const id = target.changeId!;
	const mine = entries.filter(e => e.changeId === id);
	if (mine.length === 0) {
		const known = [...new Set(undoable(entries).map(e => e.changeId))].slice(0, 10);
		throw new UserError(t('undo.unknownId', {id}), {
			hint: known.length > 0 ? t('undo.knownIds', {ids: known.join(', ')}) : t('undo.nothingApplied'),
			exitCode: EXIT.usage,
			code: 'undo-unknown-id',
		});
	}
	const applied = mine.findLast(e => e.status === 'applied');
	return [applied ?? mine.at(-1)!];
}

export async function runUndo(session: Session, io: UndoIo): Promise<UndoOutcome> {
	const {t} = session;
	const changeId = session.args[0];
	if (!session.flags.all && !changeId) {
		throw new UserError(t('undo.whatToUndo'), {
			hint: t('undo.whatToUndoHint'),
			nextSteps: ['mfa-onboard undo --all --dry-run', 'mfa-onboard undo <CHANGE_ID>'],
			exitCode: EXIT.usage,
			code: 'usage',
		});
	}
	if (session.flags.all && changeId) {
		throw new UserError(t('undo.idAndAll'), {exitCode: EXIT.usage, code: 'usage'});
	}
	const canAsk = !!io.prompt;
	if (!session.dryRun && !canAsk) {
		throw new UserError(t('undo.noTerminal'), {
			hint: t('undo.noTerminalHint'),
			nextSteps: [`mfa-onboard undo ${changeId ?? '--all'} --dry-run`],
			exitCode: EXIT.usage,
			code: 'no-tty',
		});
	}

	const opened = io.opened ?? (await openTenant(session, {ui: io.ui, host: io.host, log: io.err}));
	let lock: {release(): void} | undefined;
	try {
		const account = await opened.signIn();
		const organization = await getOrganization(opened.graph);
		const domain = organization.verifiedDomains.find(d => d.isDefault)?.name ?? account.tenantId;
		const tenantId = organization.id ?? account.tenantId;
		const progressDir = opened.session.paths.progressDir;
		lock = acquireLock({
			file: path.join(progressDir, `${tenantId.toLowerCase()}.lock`),
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
		const store = ProgressStore.open({
			dir: progressDir,
			tenant: {id: tenantId, displayName: organization.displayName ?? undefined, defaultDomain: domain},
			mode: session.mode,
			now: () => session.clock.nowIso(),
			t,
		});
		const journal = storeJournal(store);
		const entries = journal.load();
		const chosen = selectEntries(entries, {changeId, all: session.flags.all}, t);
		// With --all, what cannot be undone (a password reset, revoked sessions, a dismissed risk) is listed with why and
		// left as it is, rather than stopping everything else; asked for by id, it is refused with the same reason.
		const irreversible = session.flags.all ? chosen.filter(e => e.undo && 'impossible' in e.undo) : [];
		const selected = chosen.filter(e => !irreversible.includes(e));
		for (const entry of irreversible) {
			const plan = entry.undo;
			if (!plan || !('impossible' in plan)) continue;
			io.out(
				`${t('undo.leftAsIs', {
					title: t.dynamic(entry.title.key, entry.title.params),
					reason: t.dynamic(plan.impossible.key, plan.impossible.params),
				})}\n`,
			);
		}
		if (selected.length === 0) {
			io.out(`${t('undo.nothingToUndo')}\n`);
			return {undone: [], remaining: []};
		}
		const runner = new ChangeRunner({transport: opened.graph, journal, now: () => session.clock.nowIso(), t});

		// What would happen, reading only. An object a newer selected change also touched is checked after that one is
		// undone (its state then is what this tool left), so the preview does not cry drift about the tool's own edits.
		io.out(`${session.dryRun ? t('undo.previewTitleDryRun') : t('undo.previewTitle', {count: selected.length})}\n`);
		const checks = new Map<JournalEntry, UndoCheck | 'later'>();
		for (const [index, entry] of selected.entries()) {
			const plan = entry.undo;
			const checkPath = plan && 'request' in plan ? plan.check?.path : undefined;
			const touchedLater = selected
				.slice(0, index)
				.some(e => e.undo && 'request' in e.undo && e.undo.check?.path === checkPath && checkPath);
			checks.set(entry, touchedLater ? 'later' : await runner.checkUndo(entry));
		}
		for (const entry of selected) {
			const check = checks.get(entry)!;
			const title = t.dynamic(entry.title.key, entry.title.params);
			const request = check === 'later' ? (entry.undo as {request: ChangeRequest}).request : check.request;
			io.out(`• ${entry.changeId}  ${title}\n`);
			io.out(
				`    ${session.dryRun ? t('changes.wouldSend', {method: request.method, path: `/${request.version}${request.path}`}) : requestLine(request)}\n`,
			);
			if (session.dryRun && request.body !== undefined) io.out(`    ${JSON.stringify(request.body)}\n`);
			const note =
				check === 'later'
					? t('undo.checkLater')
					: check.state === 'drift'
						? session.flags.force
							? t('undo.driftForced')
							: t('undo.driftRefuse')
						: check.state === 'gone'
							? t('undo.gone')
							: check.state === 'already'
								? t('undo.already')
								: undefined;
			if (note) io.out(`    ${note}\n`);
		}
		if (session.dryRun) {
			io.out(`${t('undo.dryRunDone')}\n`);
			return {undone: [], remaining: selected.map(e => e.changeId)};
		}

		// Confirmation: the typed domain when anything lifts protection or changes who is challenged.
		const typed = selected.some(e => undoConfirmation(e) === 'type-domain');
		const answer = (
			await io.prompt!(typed ? t('undo.typeDomain', {domain}) : t('undo.confirm', {count: selected.length}))
		).trim();
		const confirmed = typed ? answer.toLowerCase() === domain.toLowerCase() : /^(y|yes|예|네)$/i.test(answer);
		if (!confirmed) {
			io.out(`${typed && answer !== '' ? t('undo.domainMismatch', {domain}) : t('undo.declined')}\n`);
			return {undone: [], remaining: selected.map(e => e.changeId)};
		}

		const undone: string[] = [];
		const steps = new Set<string>();
		try {
			for (const entry of selected) {
				const title = t.dynamic(entry.title.key, entry.title.params);
				const result = await runner.undo(entry, {force: session.flags.force});
				undone.push(entry.changeId);
				steps.add(entry.step);
				const check = checks.get(entry);
				io.out(
					`${check !== 'later' && check?.state === 'already' ? t('undo.wasAlready', {title}) : t('undo.undoneLine', {title, request: requestLine(result.undoRequest!)})}\n`,
				);
			}
		} catch (error) {
			const remaining = selected.filter(e => !undone.includes(e.changeId)).map(e => e.changeId);
			io.err(`${t('undo.stopped', {done: undone.length, left: remaining.length})}\n`);
			throw isUserError(error) ? error : translateError(error, t, opened.graph.redactor);
		} finally {
			// A step whose changes were undone is open again: the wizard offers it on the next run.
			if (undone.length > 0) {
				const controller = new WizardController(store.progress, store, {dryRun: false});
				for (const step of steps) {
					if (isStepId(step)) controller.dispatch({type: 'step-revisited', step, at: session.clock.nowIso()});
				}
			}
		}
		io.out(`${t('undo.done', {count: undone.length})}\n`);
		return {undone, remaining: []};
	} finally {
		lock?.release();
		if (!io.opened) await opened.close();
	}
}
