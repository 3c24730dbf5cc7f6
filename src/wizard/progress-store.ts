/**
 * Saved progress, one file per tenant GUID, over `conf` (atomic writes, mode 0600).
 * Holds answers, statuses, step digests and the change journal — never tokens, passwords or raw user lists.
 * Its own `schemaVersion` and upgrade path (not conf's migrations, which key on the app version).
 */
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import {z} from 'zod';
import {EXIT, UserError} from '../errors.js';
import type {Translator} from '../i18n/index.js';
import {initialProgress, type JsonValue, STEP_STATUSES, type WizardProgress} from './reducer.js';
import {STEP_IDS, type StepId} from './step-ids.js';

export const PROGRESS_SCHEMA_VERSION = 1;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const json: z.ZodType<JsonValue> = z.lazy(() =>
	z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]),
);

const stepSchema = z.looseObject({
	status: z.enum(STEP_STATUSES),
	answers: z.record(z.string(), json).default({}),
	summary: json.optional(),
	planned: z.array(z.string()).default([]),
	applied: z.array(z.string()).default([]),
	skipReason: z.string().optional(),
	error: z.object({message: z.string(), code: z.string().optional()}).optional(),
	revisits: z.number().int().nonnegative().default(0),
	updatedAt: z.string().optional(),
});

const fileSchema = z.looseObject({
	schemaVersion: z.literal(PROGRESS_SCHEMA_VERSION),
	tenant: z.looseObject({
		id: z.string().regex(GUID),
		displayName: z.string().optional(),
		defaultDomain: z.string().optional(),
	}),
	mode: z.enum(['live', 'demo']),
	createdAt: z.string(),
	updatedAt: z.string(),
	steps: z.record(z.string(), stepSchema).default({}),
	journal: z.array(json).default([]),
});

export type ProgressFile = z.infer<typeof fileSchema>;

export interface TenantRef {
	readonly id: string;
	readonly displayName?: string;
	readonly defaultDomain?: string;
}

/** One upgrade per schema version: `UPGRADES[n]` turns a version-n file into version n+1. */
export type Upgrades = Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>>;

/** Version 1 is the first released shape; later versions add their upgrade here. */
export const UPGRADES: Upgrades = {};

export function upgradeProgressFile(
	raw: Record<string, unknown>,
	current: number = PROGRESS_SCHEMA_VERSION,
	upgrades: Upgrades = UPGRADES,
): Record<string, unknown> | {newer: number} {
	let file = raw;
	let version = typeof file.schemaVersion === 'number' ? file.schemaVersion : 0;
	if (version > current) return {newer: version};
	while (version < current) {
		const upgrade = upgrades[version];
		if (!upgrade) break;
		file = {...upgrade(file), schemaVersion: version + 1};
		version += 1;
	}
	return file;
}

export interface OpenOptions {
	readonly dir: string;
	readonly tenant: TenantRef;
	readonly mode: 'live' | 'demo';
	/** Current time as RFC 3339 (from the session clock). */
	readonly now: () => string;
	readonly t: Translator;
	/** Keep any saved session as a backup and start over. */
	readonly fresh?: boolean;
	/** For tests: upgrades other than the product's. */
	readonly upgrades?: Upgrades;
}

function stamp(iso: string): string {
	return iso.replace(/[:.]/g, '-');
}

export class ProgressStore {
	readonly file: string;
	/** Set when --fresh moved a previous session aside. */
	readonly backupFile?: string;
	private readonly conf: Conf<Record<string, unknown>>;
	private readonly now: () => string;
	private data: ProgressFile;

	private constructor(
		file: string,
		conf: Conf<Record<string, unknown>>,
		data: ProgressFile,
		now: () => string,
		backupFile?: string,
	) {
		this.file = file;
		this.conf = conf;
		this.data = data;
		this.now = now;
		this.backupFile = backupFile;
	}

	static fileFor(dir: string, tenantId: string): string {
		return path.join(dir, `${tenantId.toLowerCase()}.json`);
	}

	static open(options: OpenOptions): ProgressStore {
		if (!GUID.test(options.tenant.id)) throw new Error(`Tenant id is not a GUID: ${options.tenant.id}`);
		const tenantId = options.tenant.id.toLowerCase();
		const file = ProgressStore.fileFor(options.dir, tenantId);
		fs.mkdirSync(options.dir, {recursive: true, mode: 0o700});
		let backupFile: string | undefined;
		if (options.fresh && fs.existsSync(file)) {
			backupFile = path.join(options.dir, `${tenantId}.backup-${stamp(options.now())}.json`);
			fs.renameSync(file, backupFile);
		}
		const conf = openConf(options, tenantId, file);
		const raw = conf.store;
		const data = Object.keys(raw).length === 0 ? fresh(options) : parse(raw, options, file);
		return new ProgressStore(file, conf, data, options.now, backupFile);
	}

	/** Whether the file holds a session worth offering to resume (any step moved or answered). */
	get hasSavedSession(): boolean {
		return (
			fs.existsSync(this.file) &&
			Object.values(this.data.steps).some(step => step.status !== 'pending' || Object.keys(step.answers).length > 0)
		);
	}

	get updatedAt(): string {
		return this.data.updatedAt;
	}

	get progress(): WizardProgress {
		const base = initialProgress();
		const steps = {...base.steps};
		for (const id of STEP_IDS) {
			const saved = this.data.steps[id];
			if (saved) steps[id] = saved as (typeof steps)[StepId];
		}
		return {steps, updatedAt: this.data.updatedAt};
	}

	get journal(): readonly JsonValue[] {
		return this.data.journal;
	}

	/** Extra sections owned by other modules (the assessment digest, break-glass answers…), kept as written. */
	section<T extends JsonValue>(name: string): T | undefined {
		return (this.data as Record<string, unknown>)[name] as T | undefined;
	}

	saveProgress(progress: WizardProgress): void {
		this.write({...this.data, steps: progress.steps as unknown as ProgressFile['steps']});
	}

	saveJournal(journal: readonly JsonValue[]): void {
		this.write({...this.data, journal: [...journal]});
	}

	saveSection(name: string, value: JsonValue | undefined): void {
		if (['schemaVersion', 'tenant', 'mode', 'createdAt', 'updatedAt', 'steps', 'journal'].includes(name)) {
			throw new Error(`Section name is reserved: ${name}`);
		}
		this.write({...this.data, [name]: value} as ProgressFile);
	}

	private write(next: ProgressFile): void {
		this.data = {...next, updatedAt: this.now()};
		this.conf.store = this.data as Record<string, unknown>;
	}
}

function openConf(options: OpenOptions, tenantId: string, file: string): Conf<Record<string, unknown>> {
	try {
		return new Conf<Record<string, unknown>>({
			cwd: options.dir,
			configName: tenantId,
			projectSuffix: '',
			configFileMode: 0o600,
			accessPropertiesByDotNotation: false,
			clearInvalidConfig: false,
			watch: false,
		});
	} catch (error) {
		if (error instanceof SyntaxError) throw corrupt(options, file);
		const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		throw new UserError(options.t('progress.unreadable', {file, reason}), {
			hint: options.t('progress.unreadableHint'),
			exitCode: EXIT.usage,
			code: 'progress-unreadable',
			cause: error,
		});
	}
}

function corrupt(options: OpenOptions, file: string): UserError {
	const backup = `${file}.corrupt-${stamp(options.now())}`;
	fs.renameSync(file, backup);
	return new UserError(options.t('progress.corrupt', {file, backup}), {
		hint: options.t('progress.corruptHint'),
		nextSteps: ['mfa-onboard --fresh'],
		exitCode: EXIT.usage,
		code: 'progress-corrupt',
	});
}

function fresh(options: OpenOptions): ProgressFile {
	const now = options.now();
	return {
		schemaVersion: PROGRESS_SCHEMA_VERSION,
		tenant: {...options.tenant, id: options.tenant.id.toLowerCase()},
		mode: options.mode,
		createdAt: now,
		updatedAt: now,
		steps: {},
		journal: [],
	};
}

function parse(raw: Record<string, unknown>, options: OpenOptions, file: string): ProgressFile {
	const upgraded = upgradeProgressFile(raw, PROGRESS_SCHEMA_VERSION, options.upgrades ?? UPGRADES);
	if (isNewer(upgraded)) {
		throw new UserError(options.t('progress.newerSchema', {file, version: upgraded.newer}), {
			hint: options.t('progress.newerSchemaHint'),
			exitCode: EXIT.usage,
			code: 'progress-newer',
		});
	}
	const result = fileSchema.safeParse(upgraded);
	if (!result.success || result.data.tenant.id !== options.tenant.id.toLowerCase()) throw corrupt(options, file);
	return result.data;
}

function isNewer(value: Record<string, unknown> | {newer: number}): value is {newer: number} {
	return Object.keys(value).length === 1 && typeof (value as {newer?: unknown}).newer === 'number';
}
