/**
 * Settings `setup` saves (Session.paths.settings): the tool's own app registration per tenant, so later runs sign in
 * with it. Keyed by tenant id and by the domain the admin typed, lower-case. A damaged file is an error naming the
 * file, never silently replaced.
 */
import {promises as fs} from 'node:fs';
import {z} from 'zod';
import {EXIT, UserError} from '../errors.js';
import type {Translator} from '../i18n/index.js';
import {writePrivateFile} from './cache.js';

/**
 * Microsoft Graph Command Line Tools: a Microsoft first-party public client that allows device code and browser
 * sign-in and is pre-registered in every tenant (GRAPH.md §12; microsoft/zerotrustassessment `InvokeAssessment.cs`).
 * It is the default so the first run needs no app registration; `setup` replaces it with an app of the tenant's own.
 */
export const DEFAULT_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
	return GUID.test(value);
}

const savedApp = z.object({
	clientId: z.string(),
	tenantId: z.string(),
	displayName: z.string(),
	objectId: z.string().optional(),
	createdAt: z.string(),
});
export type SavedApp = z.infer<typeof savedApp>;

const settingsFile = z.object({
	schemaVersion: z.literal(1),
	apps: z.record(z.string(), savedApp),
});
type SettingsFile = z.infer<typeof settingsFile>;

async function load(file: string, t: Translator): Promise<SettingsFile> {
	let text: string;
	try {
		text = await fs.readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {schemaVersion: 1, apps: {}};
		throw error;
	}
	try {
		return settingsFile.parse(JSON.parse(text));
	} catch (cause) {
		throw new UserError(t('auth.settingsCorrupt', {path: file}), {
			hint: t('auth.settingsCorruptHint'),
			exitCode: EXIT.usage,
			code: 'settings-corrupt',
			cause,
		});
	}
}

/** The app `setup` saved for this tenant (id or domain), if any. */
export async function savedAppFor(
	file: string,
	tenant: string | undefined,
	t: Translator,
): Promise<SavedApp | undefined> {
	if (!tenant) return undefined;
	return (await load(file, t)).apps[tenant.toLowerCase()];
}

export async function saveApp(file: string, keys: readonly string[], app: SavedApp, t: Translator): Promise<void> {
	const settings = await load(file, t);
	for (const key of keys) settings.apps[key.toLowerCase()] = app;
	await writePrivateFile(file, `${JSON.stringify(settings, null, '\t')}\n`);
}

export type ClientIdSource = 'flag' | 'setup' | 'default';

/** `--client-id`, else the one `setup` saved for the tenant, else the documented default public client. */
export async function resolveClientId(
	settingsPath: string,
	flag: string | undefined,
	tenant: string | undefined,
	t: Translator,
): Promise<{clientId: string; source: ClientIdSource}> {
	if (flag) return {clientId: flag, source: 'flag'};
	const saved = await savedAppFor(settingsPath, tenant, t);
	if (saved) return {clientId: saved.clientId, source: 'setup'};
	return {clientId: DEFAULT_CLIENT_ID, source: 'default'};
}
