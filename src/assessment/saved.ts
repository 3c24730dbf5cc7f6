/**
 * The last assessment of a tenant, saved beside its progress file as `<tenant-id>.report.json` (atomic, mode 0600),
 * so `mfa-onboard report` can render it later without reading the tenant again.
 *
 * What it holds: the REPORT.md object, and a small digest of the per-step details the renderers use (the admins with
 * their roles, the legacy-protocol lines, the automation accounts' apps, and names for the ids the policies' gaps
 * mention). Never a token, a password, or a list of all users: only the people the report already names.
 */
import {randomUUID} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {z} from 'zod';
import {compareCodeUnits} from '../compliance/order.js';
import type {Report} from '../report/types.js';
import type {Assessment, LegacyUserKind} from './types.js';

export const SAVED_REPORT_FORMAT = 'mfa-onboard-saved-report';
export const SAVED_REPORT_VERSION = 1;
const SUFFIX = '.report.json';

export interface DigestAdmin {
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	readonly roles: readonly {
		readonly roleTemplateId: string;
		readonly via: 'direct' | 'group';
		readonly groupName: string | null;
		readonly eligible: boolean;
	}[];
	readonly mfaRegistered: boolean | null;
	readonly ssprRegistered: boolean | null;
}

export interface DigestLegacyLine {
	readonly protocol: string;
	readonly userPrincipalName: string;
	readonly app: string | null;
	readonly device: string | null;
	readonly signIns: number;
	readonly successfulSignIns: number;
	readonly lastSeen: string;
	readonly kind: LegacyUserKind;
}

export interface DigestAutomation {
	readonly userPrincipalName: string;
	readonly apps: readonly string[];
	readonly resources: readonly string[];
	readonly singleFactorSignIns: number;
}

export interface AssessmentDigest {
	/** Names (groups) and UPNs (users) of ids the verdict reasons and policy gaps mention. */
	readonly names: Readonly<Record<string, string>>;
	readonly admins: readonly DigestAdmin[] | null;
	readonly legacy: readonly DigestLegacyLine[];
	readonly automation: readonly DigestAutomation[];
}

export interface SavedReport {
	readonly format: typeof SAVED_REPORT_FORMAT;
	readonly version: typeof SAVED_REPORT_VERSION;
	readonly savedAt: string;
	readonly report: Report;
	readonly digest: AssessmentDigest;
}

export function digestOf(assessment: Assessment): AssessmentDigest {
	const admins = assessment.report.users.admins === null ? null : assessment.admins.admins;
	return {
		names: {...assessment.directoryNames},
		admins:
			admins?.map(a => ({
				userPrincipalName: a.userPrincipalName,
				displayName: a.displayName,
				roles: a.roles.map(r => ({
					roleTemplateId: r.roleTemplateId,
					via: r.via,
					groupName: r.groupName,
					eligible: r.eligible,
				})),
				mfaRegistered: a.mfaRegistered,
				ssprRegistered: a.ssprRegistered,
			})) ?? null,
		legacy: assessment.legacy.uses.map(u => ({
			protocol: u.protocol,
			userPrincipalName: u.userPrincipalName,
			app: u.app,
			device: u.device.displayName ?? u.device.operatingSystem,
			signIns: u.signIns,
			successfulSignIns: u.successfulSignIns,
			lastSeen: u.lastSeen,
			kind: u.kind,
		})),
		automation: assessment.automation.map(a => ({
			userPrincipalName: a.userPrincipalName,
			apps: a.apps.map(x => x.name),
			resources: [...a.resources],
			singleFactorSignIns: a.singleFactorSignIns,
		})),
	};
}

export function savedReportFile(progressDir: string, tenantId: string): string {
	return path.join(progressDir, `${tenantId.toLowerCase()}${SUFFIX}`);
}

/** Writes atomically (temporary file, then rename) with mode 0600 in a 0700 folder. */
export function writePrivateFile(file: string, text: string): void {
	fs.mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
	const tmp = `${file}.${randomUUID()}.tmp`;
	try {
		fs.writeFileSync(tmp, text, {mode: 0o600});
		fs.chmodSync(tmp, 0o600);
		fs.renameSync(tmp, file);
	} catch (error) {
		fs.rmSync(tmp, {force: true});
		throw error;
	}
}

export function saveAssessment(progressDir: string, assessment: Assessment, savedAt: string): string {
	const saved: SavedReport = {
		format: SAVED_REPORT_FORMAT,
		version: SAVED_REPORT_VERSION,
		savedAt,
		report: assessment.report,
		digest: digestOf(assessment),
	};
	const file = savedReportFile(progressDir, assessment.tenant.id);
	writePrivateFile(file, `${JSON.stringify(saved, null, 2)}\n`);
	return file;
}

const savedSchema = z.looseObject({
	format: z.literal(SAVED_REPORT_FORMAT),
	version: z.literal(SAVED_REPORT_VERSION),
	savedAt: z.string(),
	report: z.looseObject({
		schemaVersion: z.literal(1),
		tenant: z.looseObject({id: z.string(), displayName: z.string(), defaultDomain: z.string().nullable()}),
		generatedAt: z.string(),
	}),
	digest: z.looseObject({
		names: z.record(z.string(), z.string()),
		admins: z.array(z.looseObject({})).nullable(),
		legacy: z.array(z.looseObject({})),
		automation: z.array(z.looseObject({})),
	}),
});

export class SavedReportError extends Error {
	override readonly name = 'SavedReportError';
	constructor(
		readonly file: string,
		readonly problem: string,
	) {
		super(`${file}: ${problem}`);
	}
}

export function loadSavedReport(file: string): SavedReport {
	let raw: unknown;
	try {
		raw = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		throw new SavedReportError(file, (error as Error).message);
	}
	const parsed = savedSchema.safeParse(raw);
	if (!parsed.success) throw new SavedReportError(file, parsed.error.issues[0]?.message ?? 'not a saved report');
	return parsed.data as unknown as SavedReport;
}

export interface SavedReportRef {
	readonly file: string;
	readonly tenantId: string;
	readonly displayName: string;
	readonly defaultDomain: string | null;
	readonly generatedAt: string;
}

/** The saved reports in the progress folder, by tenant id (unreadable files are skipped). */
export function listSavedReports(progressDir: string): SavedReportRef[] {
	let names: string[];
	try {
		names = fs.readdirSync(progressDir);
	} catch {
		// No progress folder yet: nothing has been saved.
		return [];
	}
	const refs: SavedReportRef[] = [];
	for (const name of names.filter(n => n.endsWith(SUFFIX)).sort(compareCodeUnits)) {
		const file = path.join(progressDir, name);
		try {
			const {report} = loadSavedReport(file);
			refs.push({
				file,
				tenantId: report.tenant.id,
				displayName: report.tenant.displayName,
				defaultDomain: report.tenant.defaultDomain,
				generatedAt: report.generatedAt,
			});
		} catch (error) {
			if (!(error instanceof SavedReportError)) throw error;
		}
	}
	return refs;
}
