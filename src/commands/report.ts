/**
 * `mfa-onboard report --format json|md|html|csv [--output FILE]`: renders the last saved assessment of a tenant
 * (saved by `check`, and by the wizard) and its change journal, without reading the tenant again. Read-only: it never
 * writes the progress file or the saved assessment.
 *
 * Which tenant: `--demo` → the demo tenant; `--tenant <id|domain>` → that one; otherwise the only tenant with a saved
 * assessment, or an error listing them. Output goes to stdout, or to `--output` (atomic, mode 0600); CSV with
 * `--output` naming a folder (existing, or ending in a separator) writes one file per list (csv.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
	listSavedReports,
	loadSavedReport,
	type SavedReport,
	SavedReportError,
	type SavedReportRef,
	writePrivateFile,
} from '../assessment/saved.js';
import {type JournalEntry, parseJournal} from '../changes/journal.js';
import {EXIT, type ExitCode, UserError} from '../errors.js';
import {renderCsv, renderCsvFiles} from '../report/csv.js';
import {renderHtml} from '../report/html.js';
import {reportToJson} from '../report/json.js';
import {renderMarkdown} from '../report/markdown.js';
import type {Session} from '../session.js';
import {DEMO_TENANT} from '../simulator/demo-tenant.js';
import {ProgressStore} from '../wizard/progress-store.js';

export interface ReportIo {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
}

function pickTenant(session: Session, refs: readonly SavedReportRef[]): SavedReportRef {
	const {t} = session;
	const wanted = session.mode === 'demo' ? DEMO_TENANT.id : session.flags.tenant;
	if (wanted) {
		const key = wanted.trim().toLowerCase();
		const found = refs.find(r => r.tenantId.toLowerCase() === key || r.defaultDomain?.toLowerCase() === key);
		if (found) return found;
		throw new UserError(t('check.noSavedFor', {tenant: wanted}), {
			hint: t('check.noSavedHint'),
			nextSteps: session.mode === 'demo' ? ['mfa-onboard check --demo'] : [`mfa-onboard check --tenant ${wanted}`],
			exitCode: EXIT.usage,
			code: 'report-none',
		});
	}
	if (refs.length === 1) return refs[0]!;
	if (refs.length === 0) {
		throw new UserError(t('check.noSaved'), {
			hint: t('check.noSavedHint'),
			exitCode: EXIT.usage,
			code: 'report-none',
		});
	}
	const list = refs
		.map(r =>
			t('check.savedEntry', {
				name: r.displayName,
				domain: r.defaultDomain ?? '-',
				id: r.tenantId,
				when: t.dateTime(r.generatedAt),
			}),
		)
		.join('; ');
	throw new UserError(t('check.severalSaved', {list}), {
		hint: t('check.severalSavedHint'),
		exitCode: EXIT.usage,
		code: 'report-ambiguous',
	});
}

/** The journal from the tenant's progress file, read without opening (or creating) the store. */
function readJournal(session: Session, tenantId: string, io: ReportIo): JournalEntry[] {
	const file = ProgressStore.fileFor(session.paths.progressDir, tenantId);
	if (!fs.existsSync(file)) return [];
	try {
		const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as {journal?: unknown};
		return Array.isArray(raw.journal) ? parseJournal(raw.journal) : [];
	} catch {
		// A damaged progress file is the wizard's to report (it keeps a backup); the report goes on without it.
		io.err(`${session.t('check.journalUnreadable', {file})}\n`);
		return [];
	}
}

function isFolder(target: string, given: string): boolean {
	if (/[\\/]$/.test(given)) return true;
	try {
		return fs.statSync(target).isDirectory();
	} catch {
		return false;
	}
}

function write(session: Session, file: string, text: string): void {
	try {
		writePrivateFile(file, text);
	} catch (error) {
		throw new UserError(
			session.t('check.outputFailed', {file, reason: (error as NodeJS.ErrnoException).code ?? String(error)}),
			{hint: session.t('check.outputFailedHint'), exitCode: EXIT.usage, code: 'output-failed', cause: error},
		);
	}
}

export async function runReport(session: Session, io: ReportIo): Promise<ExitCode> {
	const {t} = session;
	const ref = pickTenant(session, listSavedReports(session.paths.progressDir));
	let saved: SavedReport;
	try {
		saved = loadSavedReport(ref.file);
	} catch (error) {
		if (!(error instanceof SavedReportError)) throw error;
		throw new UserError(t('check.savedUnreadable', {file: error.file, problem: error.problem}), {
			hint: t('check.savedUnreadableHint'),
			exitCode: EXIT.usage,
			code: 'report-unreadable',
		});
	}
	const journal = readJournal(session, ref.tenantId, io);
	const format = session.flags.format ?? 'md';
	const input = {report: saved.report, digest: saved.digest, journal, t};
	const output = session.flags.output ? path.resolve(session.paths.workDir, session.flags.output) : undefined;

	if (format === 'csv' && output && isFolder(output, session.flags.output!)) {
		const files = renderCsvFiles(saved.report, saved.digest, t);
		for (const f of files) write(session, path.join(output, f.name), f.text);
		io.err(`${t('check.csvFolder', {folder: output, files: files.map(f => f.name).join(', ')})}\n`);
		return EXIT.ok;
	}
	const text =
		format === 'json'
			? reportToJson(saved.report)
			: format === 'html'
				? renderHtml(input)
				: format === 'csv'
					? renderCsv(saved.report, saved.digest, t)
					: renderMarkdown(input);
	if (output) {
		write(session, output, text);
		io.err(`${t('check.wrote', {file: output})}\n`);
	} else io.out(text);
	return EXIT.ok;
}
