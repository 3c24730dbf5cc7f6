/**
 * The journal: what the tool did to the tenant, written before and after every change (PRODUCT.md ground rules),
 * kept in the tenant's progress file. Entries are data only — no functions, no secrets — so `undo`, `report` and a
 * resumed run can read them without the step that made them.
 */
import {z} from 'zod';
import type {JsonValue} from '../wizard/reducer.js';
import type {ChangeRequest, Msg, UndoPlan} from './change.js';

export type JournalStatus =
	/** Written before the request is sent; still there after a crash means the outcome must be looked up. */
	| 'applying'
	| 'applied'
	/** The tenant already showed the change: nothing was sent. */
	| 'already-done'
	| 'failed'
	/** A crash left an 'applying' entry whose outcome cannot be looked up (not repeatable). */
	| 'unknown'
	| 'undone';

export interface JournalEntry {
	readonly changeId: string;
	readonly step: string;
	readonly title: Msg;
	readonly why: Msg;
	/** With secrets replaced by `[redacted]`. */
	readonly request: ChangeRequest;
	readonly status: JournalStatus;
	readonly startedAt: string;
	readonly finishedAt?: string;
	readonly objectId?: string;
	/** The state the change replaced. */
	readonly before?: JsonValue;
	/** The checked fields right after applying, to notice edits by someone else before an undo. */
	readonly after?: JsonValue;
	readonly verified?: boolean;
	readonly undo?: UndoPlan;
	readonly error?: {readonly message: string; readonly code?: string};
	readonly undoneAt?: string;
	/** The entry that reversed this one (`undo` records a request of its own). */
	readonly undoRequest?: ChangeRequest;
}

const msg = z.object({key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional()});
const json: z.ZodType<JsonValue> = z.lazy(() =>
	z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]),
);
const request = z.object({
	method: z.enum(['POST', 'PATCH', 'DELETE']),
	version: z.enum(['v1.0', 'beta']),
	path: z.string(),
	body: json.optional(),
	scopes: z.array(z.string()),
});
const undo = z.union([
	z.object({
		request,
		check: z.object({path: z.string(), version: z.enum(['v1.0', 'beta']), fields: z.array(z.string())}).optional(),
	}),
	z.object({impossible: msg}),
]);

export const journalEntrySchema = z.object({
	changeId: z.string(),
	step: z.string(),
	title: msg,
	why: msg,
	request,
	status: z.enum(['applying', 'applied', 'already-done', 'failed', 'unknown', 'undone']),
	startedAt: z.string(),
	finishedAt: z.string().optional(),
	objectId: z.string().optional(),
	before: json.optional(),
	after: json.optional(),
	verified: z.boolean().optional(),
	undo: undo.optional(),
	error: z.object({message: z.string(), code: z.string().optional()}).optional(),
	undoneAt: z.string().optional(),
	undoRequest: request.optional(),
});

/** Reads journal entries saved by any version of this schema; an entry that does not parse is an error, not dropped. */
export function parseJournal(raw: readonly unknown[]): JournalEntry[] {
	return raw.map((entry, index) => {
		const parsed = journalEntrySchema.safeParse(entry);
		if (!parsed.success) throw new Error(`Journal entry ${index + 1} is not valid: ${parsed.error.message}`);
		return parsed.data as JournalEntry;
	});
}

/** Where the journal lives (the progress store, or memory in tests). */
export interface JournalSink {
	load(): readonly JournalEntry[];
	save(entries: readonly JournalEntry[]): void;
}

export function memoryJournal(initial: readonly JournalEntry[] = []): JournalSink & {entries: JournalEntry[]} {
	const sink = {
		entries: [...initial],
		load: () => sink.entries,
		save: (entries: readonly JournalEntry[]) => {
			sink.entries = structuredClone([...entries]);
		},
	};
	return sink;
}

/** Entries whose change is in effect in the tenant because of this tool (candidates for undo), newest first. */
export function undoable(entries: readonly JournalEntry[]): JournalEntry[] {
	return entries.filter(e => e.status === 'applied').reverse();
}
