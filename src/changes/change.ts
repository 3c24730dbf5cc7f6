/**
 * A change the wizard makes to the tenant: one Graph write with everything needed to make it safely — how to tell it
 * is already done (idempotency), what it replaces (for undo), how to check it took, and how to reverse it.
 * Steps build changes in `plan()` (pure); the ChangeRunner applies them and keeps the journal.
 */
import type {MessageKey} from '../i18n/index.js';
import type {JsonValue} from '../wizard/reducer.js';
import type {StepId} from '../wizard/step-ids.js';

/** A message held as data, rendered in the admin's language when shown (journal, plan, report). */
export interface Msg {
	readonly key: MessageKey;
	readonly params?: Readonly<Record<string, string | number>>;
}

export type WriteMethod = 'POST' | 'PATCH' | 'DELETE';

export interface ChangeRequest {
	readonly method: WriteMethod;
	readonly version: 'v1.0' | 'beta';
	/** Version-relative path: `/identity/conditionalAccess/policies`. */
	readonly path: string;
	readonly body?: JsonValue;
	/** The write permissions this request needs (asked for only now, never in dry-run). */
	readonly scopes: readonly string[];
}

/** What the runner needs from the Graph layer (a `Graph` from src/graph satisfies it). */
export interface ChangeTransport {
	request<T = unknown>(spec: {
		readonly method?: 'GET' | WriteMethod;
		readonly path: string;
		readonly version?: 'v1.0' | 'beta';
		readonly body?: unknown;
		readonly scopes?: readonly string[];
		readonly acceptStatus?: readonly number[];
	}): Promise<{readonly status: number; readonly body: T}>;
}

/** The result of looking for a change's effect before applying it. */
export interface Found {
	/** The object the change would create or modify, when it exists. */
	readonly objectId?: string;
	/** True when the tenant already shows exactly what the change would produce: nothing to send. */
	readonly done: boolean;
}

/** How to reverse an applied change, decided when it is applied (from what it replaced). */
export type UndoPlan =
	| {
			readonly request: ChangeRequest;
			/** Read to detect edits made by someone else since (compared with the state right after applying). */
			readonly check?: {readonly path: string; readonly version: 'v1.0' | 'beta'; readonly fields: readonly string[]};
	  }
	| {readonly impossible: Msg};

/** How much the admin must do to confirm: a key press, or typing the tenant's domain (anything that blocks or challenges users). */
export type Confirmation = 'confirm' | 'type-domain';

export interface Change {
	/** Stable: the same tenant and the same intent give the same id, so a re-run finds it in the journal. */
	readonly id: string;
	readonly step: StepId;
	readonly title: Msg;
	readonly why: Msg;
	readonly request: ChangeRequest;
	readonly confirmation: Confirmation;
	/** What the admin's users will notice once this is applied, stated on the confirmation screen (type-domain changes). */
	readonly consequence?: Msg;
	/** Dotted body paths that hold secrets (a temporary password): never journaled, printed or planned in clear. */
	readonly secretPaths?: readonly string[];
	/**
	 * False when sending the request twice is harmful and its outcome cannot be looked up (a password reset: the admin
	 * must see the password that was set). After a crash mid-request such a change is reported, not resent.
	 */
	readonly repeatable?: boolean;
	/** Is it already done? Reads only. Without it, the change is always sent. */
	find?(graph: ChangeTransport): Promise<Found | undefined>;
	/** The state this change replaces, read before applying (kept in the journal for undo and drift checks). */
	before?(graph: ChangeTransport, found: Found | undefined): Promise<JsonValue | undefined>;
	/** The object id a successful response names (default: the response body's `id`, else the found object). */
	objectIdFrom?(responseBody: unknown, found: Found | undefined): string | undefined;
	/** Read back after applying; false when the tenant does not show the change. */
	verify?(graph: ChangeTransport, objectId: string | undefined): Promise<boolean>;
	/** How to reverse it, given the object id and the replaced state. */
	undo(objectId: string | undefined, before: JsonValue | undefined): UndoPlan;
}

/** A deterministic change id: step, kind and a key (tenant-stable), readable in the journal and on the command line. */
export function changeId(step: StepId, kind: string, key: string): string {
	let hash = 2166136261;
	for (const char of `${step}|${kind}|${key}`) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 16777619) >>> 0;
	}
	return `${step}.${kind}.${hash.toString(16).padStart(8, '0')}`;
}

/** A copy of `body` with the secret paths replaced, for the journal, the plan and logs. */
export function redactBody(body: JsonValue | undefined, secretPaths: readonly string[] = []): JsonValue | undefined {
	if (body === undefined || secretPaths.length === 0) return body;
	const copy = structuredClone(body) as JsonValue;
	for (const dotted of secretPaths) {
		const parts = dotted.split('.');
		let node: JsonValue | undefined = copy;
		for (const part of parts.slice(0, -1)) {
			node = node && typeof node === 'object' && !Array.isArray(node) ? node[part] : undefined;
		}
		const last = parts.at(-1)!;
		if (node && typeof node === 'object' && !Array.isArray(node) && last in node) node[last] = '[redacted]';
	}
	return copy;
}
