/**
 * Applies changes one at a time, idempotently, with a journal entry written before the request and updated after it:
 *   look (find) → record what it replaces (before) → journal "applying" → send → journal "applied" → read back (verify).
 * A kill at any point loses nothing: an "applying" entry found later is settled by looking again (find) before anything
 * is re-sent, so a resumed run never duplicates an object. CA write pacing (~1/s) is the Graph layer's pacer.
 */
import {EXIT, UserError} from '../errors.js';
import type {Translator} from '../i18n/index.js';
import type {JsonValue} from '../wizard/reducer.js';
import {type Change, type ChangeRequest, type ChangeTransport, type Found, redactBody} from './change.js';
import type {JournalEntry, JournalSink} from './journal.js';

export type PreviewState = 'create' | 'update' | 'unchanged';

export interface Preview {
	readonly change: Change;
	readonly state: PreviewState;
	/** The request as it would be sent, secrets redacted. */
	readonly request: ChangeRequest;
	/** Already applied by this tool (journal), so it will not be sent again. */
	readonly journaled: boolean;
}

export interface RunnerOptions {
	readonly transport: ChangeTransport;
	readonly journal: JournalSink;
	readonly now: () => string;
	readonly t: Translator;
}

export type ApplyOutcome = JournalEntry;

/** What undoing an entry would meet in the tenant (see `ChangeRunner.checkUndo`). */
export interface UndoCheck {
	readonly state: 'ready' | 'drift' | 'gone' | 'already';
	readonly request: ChangeRequest;
}

function same(a: JsonValue, b: JsonValue): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

function pick(value: unknown, fields: readonly string[]): JsonValue {
	const source = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
	return Object.fromEntries(fields.map(f => [f, (source[f] ?? null) as JsonValue])) as JsonValue;
}

function redacted(change: Change): ChangeRequest {
	return {...change.request, body: redactBody(change.request.body, change.secretPaths)};
}

function errorInfo(error: unknown): {message: string; code?: string} {
	const e = error as {message?: string; code?: string};
	return {message: e?.message ?? String(error), code: typeof e?.code === 'string' ? e.code : undefined};
}

export class ChangeRunner {
	constructor(private readonly options: RunnerOptions) {}

	/** The latest journal entry of a change, if any. */
	latest(changeId: string): JournalEntry | undefined {
		return this.options.journal.load().findLast(e => e.changeId === changeId);
	}

	/** What applying would do, reading only (also in dry-run: GETs are allowed). */
	async preview(change: Change): Promise<Preview> {
		const latest = this.latest(change.id);
		const journaled = latest?.status === 'applied' || latest?.status === 'already-done';
		const found = await change.find?.(this.options.transport);
		const state: PreviewState = found?.done ? 'unchanged' : found?.objectId ? 'update' : 'create';
		return {change, state: journaled && !found ? 'create' : state, request: redacted(change), journaled};
	}

	/**
	 * Applies one change (or settles an interrupted one); returns its journal entry.
	 * A change the journal already shows in effect, and that the tenant still shows, is neither sent nor journaled again:
	 * re-running a step (or resuming after a kill) leaves the journal exactly as one uninterrupted run would.
	 */
	async apply(change: Change): Promise<ApplyOutcome> {
		const {transport, now} = this.options;
		const latest = this.latest(change.id);
		const found = await change.find?.(transport);
		if (latest?.status === 'applying') return this.settle(change, latest, found);
		if (found?.done) {
			const journaled = latest?.status === 'applied' || latest?.status === 'already-done';
			if (latest && journaled && (found.objectId === undefined || found.objectId === latest.objectId)) {
				// A kill between "applied" and the read-back leaves the entry without its verification: finish it now.
				return latest.status === 'applied' && this.unfinished(change, latest) ? this.finish(change, latest) : latest;
			}
			const entry: JournalEntry = {
				...this.base(change),
				status: 'already-done',
				finishedAt: now(),
				objectId: found.objectId,
				verified: true,
			};
			// On an object this tool made or changed itself (a policy it just created already has the exclusions it was
			// created with), the journal already says how it got that way: nothing new to record. Recording it would
			// also make a resumed run's journal differ from an uninterrupted one's in the order of such notes.
			return this.ownObject(found.objectId) ? entry : this.record(entry);
		}
		return this.send(change, found);
	}

	/** Looks up what it replaces, journals "applying", sends, journals "applied" (or "failed"), then reads back. */
	private async send(change: Change, found: Found | undefined, interrupted?: JournalEntry): Promise<JournalEntry> {
		const {transport, now} = this.options;
		const before = await change.before?.(transport, found);
		const undoPlan = change.undo(found?.objectId, before);
		const applying: JournalEntry = {
			...this.base(change),
			status: 'applying',
			objectId: found?.objectId,
			before,
			undo: undoPlan,
		};
		// An attempt that never reached the tenant is replaced in place by this one, so the journal reads as if the
		// interrupted run had not happened (nothing of it reached the tenant).
		let entry = interrupted ? this.replace(applying) : this.record(applying);
		try {
			const response = await transport.request({
				method: change.request.method,
				path: change.request.path,
				version: change.request.version,
				body: change.request.body,
				scopes: change.request.scopes,
			});
			const objectId = change.objectIdFrom?.(response.body, found) ?? idOf(response.body) ?? found?.objectId;
			entry = {...entry, status: 'applied', finishedAt: now(), objectId, undo: change.undo(objectId, before)};
		} catch (error) {
			this.replace({...entry, status: 'failed', finishedAt: now(), error: errorInfo(error)});
			throw error;
		}
		entry = this.replace(entry);
		return this.finish(change, entry);
	}

	/** An entry left "applying" by a crash: look again (`found`) before deciding whether to send. */
	private async settle(change: Change, entry: JournalEntry, found: Found | undefined): Promise<JournalEntry> {
		if (found?.done || (found?.objectId && change.request.method === 'POST')) {
			const settled = this.replace({
				...entry,
				status: 'applied',
				finishedAt: this.options.now(),
				objectId: found.objectId ?? entry.objectId,
				undo: change.undo(found.objectId ?? entry.objectId, entry.before),
			});
			return this.finish(change, settled);
		}
		if (change.repeatable === false) {
			return this.replace({...entry, status: 'unknown', finishedAt: this.options.now()});
		}
		// Not there: the request never reached the tenant. Send it again in the interrupted attempt's place.
		return this.send(change, found, entry);
	}

	private ownObject(objectId: string | undefined): boolean {
		return (
			objectId !== undefined && this.options.journal.load().some(e => e.objectId === objectId && e.status === 'applied')
		);
	}

	/** The read-back after applying did not happen (the process died before it). */
	private unfinished(change: Change, entry: JournalEntry): boolean {
		const plan = entry.undo;
		const needsAfter = !!plan && 'request' in plan && !!plan.check;
		return (!!change.verify && entry.verified === undefined) || (needsAfter && entry.after === undefined);
	}

	private async finish(change: Change, entry: JournalEntry): Promise<JournalEntry> {
		const {transport} = this.options;
		let next = entry;
		if (change.verify) next = {...next, verified: await change.verify(transport, entry.objectId)};
		const plan = next.undo;
		if (plan && 'request' in plan && plan.check) {
			const current = await this.read(plan.check.path, plan.check.version);
			if (current !== undefined) next = {...next, after: pick(current, plan.check.fields)};
		}
		return this.replace(next);
	}

	/**
	 * What undoing an entry would do, reading only (also in a dry run): `drift` when the object was edited by someone
	 * else since this tool applied it, `gone` when it no longer exists, `already` when it is already back in the state
	 * the change replaced, `ready` otherwise. Throws when the entry cannot be undone at all.
	 */
	async checkUndo(entry: JournalEntry): Promise<UndoCheck> {
		const {t} = this.options;
		const title = t.dynamic(entry.title.key, entry.title.params);
		const plan = entry.undo;
		if (entry.status !== 'applied' || !plan) {
			throw new UserError(t('changes.undoNotApplied', {title}), {exitCode: EXIT.usage, code: 'undo-not-applied'});
		}
		if ('impossible' in plan) {
			throw new UserError(
				t('changes.undoImpossible', {title, reason: t.dynamic(plan.impossible.key, plan.impossible.params)}),
				{exitCode: EXIT.usage, code: 'undo-impossible'},
			);
		}
		if (!plan.check) return {state: 'ready', request: plan.request};
		const current = await this.read(plan.check.path, plan.check.version);
		if (current === undefined) return {state: 'gone', request: plan.request};
		const fields = pick(current, plan.check.fields);
		// A PATCH whose target already holds the replaced values (an undo interrupted after it reached the tenant).
		if (
			plan.request.method !== 'DELETE' &&
			entry.before !== undefined &&
			same(fields, pick(entry.before, plan.check.fields))
		) {
			return {state: 'already', request: plan.request};
		}
		if (entry.after !== undefined && !same(fields, entry.after)) return {state: 'drift', request: plan.request};
		return {state: 'ready', request: plan.request};
	}

	/**
	 * Reverses one applied change. Refuses when the object was edited since (its checked fields differ from right after
	 * applying) unless forced, and when the change cannot be undone (it says why). An object already back in its earlier
	 * state is marked undone without sending anything.
	 */
	async undo(entry: JournalEntry, options: {force?: boolean} = {}): Promise<JournalEntry> {
		const {t, transport, now} = this.options;
		const title = t.dynamic(entry.title.key, entry.title.params);
		const check = await this.checkUndo(entry);
		if (check.state === 'drift' && !options.force) {
			throw new UserError(t('changes.undoDrift', {title}), {
				hint: t('changes.undoDriftHint'),
				nextSteps: [`mfa-onboard undo ${entry.changeId} --force`],
				exitCode: EXIT.usage,
				code: 'undo-drift',
			});
		}
		if (check.state === 'gone' && check.request.method !== 'DELETE') {
			throw new UserError(t('changes.undoGone', {title}), {exitCode: EXIT.usage, code: 'undo-gone'});
		}
		if (check.state === 'ready' || check.state === 'drift') {
			await transport.request({
				method: check.request.method,
				path: check.request.path,
				version: check.request.version,
				body: check.request.body,
				scopes: check.request.scopes,
				// Already gone (deleted by someone else) is the state undo wants.
				acceptStatus: check.request.method === 'DELETE' ? [404] : undefined,
			});
		}
		return this.replace({...entry, status: 'undone', undoneAt: now(), undoRequest: check.request});
	}

	private async read(path: string, version: 'v1.0' | 'beta'): Promise<unknown | undefined> {
		const response = await this.options.transport.request({method: 'GET', path, version, acceptStatus: [404]});
		return response.status === 404 ? undefined : response.body;
	}

	private base(change: Change): JournalEntry {
		return {
			changeId: change.id,
			step: change.step,
			title: change.title,
			why: change.why,
			request: redacted(change),
			status: 'applying',
			startedAt: this.options.now(),
		};
	}

	/** Appends a new entry. */
	private record(entry: JournalEntry): JournalEntry {
		const entries = [...this.options.journal.load(), entry];
		this.options.journal.save(entries);
		return entry;
	}

	/** Replaces the latest entry of the same change (the one this attempt wrote). */
	private replace(entry: JournalEntry): JournalEntry {
		const entries = [...this.options.journal.load()];
		const index = entries.findLastIndex(e => e.changeId === entry.changeId);
		if (index < 0) entries.push(entry);
		else entries[index] = entry;
		this.options.journal.save(entries);
		return entry;
	}
}

function idOf(body: unknown): string | undefined {
	const id = (body as {id?: unknown} | undefined)?.id;
	return typeof id === 'string' ? id : undefined;
}

export type {Found};
