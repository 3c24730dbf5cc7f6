/**
 * `mfa-onboard check`: the non-interactive assessment (PRODUCT.md "How it is run", REPORT.md).
 *
 * - `--json` prints exactly the REPORT.md object on stdout and nothing else; sign-in prompts, notices and the progress
 *   line go to stderr (the progress line only when stderr is a terminal).
 * - Without `--json`: a readable summary (report/text.ts) on stdout.
 * - `--output FILE` also writes the JSON report to FILE (atomic, mode 0600), whichever of the two is printed.
 * - The assessment is saved beside the tenant's progress file (`<tenant-id>.report.json`) for `mfa-onboard report`.
 * - Exit codes (REPORT.md): 0 compliant, 1 not compliant, 4 compliant unknown or the run could not finish; 2 usage and
 *   3 sign-in errors come from UserErrors. The report is printed whenever it could be built.
 */
import path from 'node:path';
import {type CollectProgress, collect} from '../assessment/collect.js';
import {saveAssessment, writePrivateFile} from '../assessment/saved.js';
import type {SignInUi} from '../auth/auth.js';
import {EXIT, type ExitCode, UserError} from '../errors.js';
import type {GraphStats} from '../graph/client.js';
import {translateError} from '../graph/translate.js';
import type {Translator} from '../i18n/index.js';
import {reportToJson} from '../report/json.js';
import {renderText} from '../report/text.js';
import type {Report} from '../report/types.js';
import {type HostFacts, type OpenedTenant, openTenant} from '../runtime/open-tenant.js';
import type {Session} from '../session.js';

export interface CheckIo {
	/** stdout: the report or the summary, nothing else. */
	readonly out: (text: string) => void;
	/** stderr: sign-in prompts, notices, the progress line. */
	readonly err: (text: string) => void;
	readonly ui: SignInUi;
	readonly host: HostFacts;
	/** Tests: open the tenant another way (a prepared simulator connection). */
	readonly open?: (session: Session) => Promise<OpenedTenant>;
}

export function exitCodeFor(report: Report): ExitCode {
	return report.compliant === true ? EXIT.ok : report.compliant === false ? EXIT.notCompliant : EXIT.graph;
}

function checkDays(session: Session): void {
	const days = session.flags.days;
	if (days !== undefined && !(Number.isInteger(days) && days >= 1)) {
		throw new UserError(session.t('check.daysInvalid', {value: String(days)}), {
			hint: session.t('check.daysInvalidHint'),
			exitCode: EXIT.usage,
			code: 'usage',
		});
	}
}

/** One line on stderr, rewritten in place (`\r` and erase-to-end), cleared when done. */
function progressLine(t: Translator, write: (text: string) => void) {
	const parts = new Map<string, string>();
	let last = '';
	const show = () => {
		const text = t('check.progress', {parts: [...parts.values()].join(' · ')});
		if (text === last) return;
		last = text;
		write(`\r${text}\u001b[K`);
	};
	return {
		update(p: CollectProgress) {
			const count = p.count ?? 0;
			switch (p.phase) {
				case 'directory':
					parts.set(p.phase, t('check.progressUsers', {count}));
					break;
				case 'registration':
					parts.set(p.phase, t('check.progressRegistration', {count, total: p.total ?? null}));
					break;
				case 'perUserMfa':
					parts.set(p.phase, t('check.progressPerUserMfa', {count, total: p.total ?? null}));
					break;
				case 'signIns':
					parts.set(p.phase, t('check.progressSignIns', {rows: count, requests: p.requests ?? 0}));
					break;
				case 'reports':
					parts.set(p.phase, t('check.progressReports', {count}));
					break;
				case 'evaluate':
					parts.clear();
					parts.set(p.phase, t('check.progressEvaluating'));
					break;
				default:
					return;
			}
			show();
		},
		clear() {
			if (last) write('\r\u001b[K');
			last = '';
		},
	};
}

/** `--verbose`: Graph requests per endpoint family, for people tuning a large run and for the benchmarks. */
export function statsLine(stats: GraphStats): string {
	const families = Object.entries(stats.families)
		.filter(([, f]) => f.requests > 0 || f.batchItems > 0)
		.map(
			([name, f]) =>
				`${name} ${f.requests}${f.batchItems ? ` (+${f.batchItems} in $batch)` : ''}${f.throttled ? `, ${f.throttled} throttled` : ''}`,
		)
		.join(' · ');
	return `[graph] requests ${stats.requests}: ${families} · paced ${Math.round(stats.pacedMs / 1000)} s · backoff ${Math.round(stats.backoffMs / 1000)} s`;
}

export async function runCheck(session: Session, io: CheckIo): Promise<ExitCode> {
	const {t} = session;
	checkDays(session);
	const opened = io.open
		? await io.open(session)
		: await openTenant(session, {ui: io.ui, host: io.host, log: line => io.err(`${line}\n`)});
	const showProgress = session.terminal.stderrIsTTY && !session.terminal.ci;
	const line = progressLine(t, io.err);
	try {
		try {
			await opened.signIn();
		} catch (error) {
			throw translateError(error, t, opened.graph.redactor);
		}
		let assessment: Awaited<ReturnType<typeof collect>>;
		try {
			assessment = await collect(opened.graph, {
				now: session.clock.now(),
				days: session.flags.days,
				breakGlass: session.flags.breakGlass,
				t,
				toolVersion: session.version,
				mode: session.mode,
				cloud: session.cloud.name,
				onProgress: showProgress ? p => line.update(p) : undefined,
			});
		} catch (error) {
			throw translateError(error, t, opened.graph.redactor);
		} finally {
			line.clear();
		}
		const report = assessment.report;
		const requested = session.flags.days;
		if (requested !== undefined && report.window.days < requested) {
			io.err(`${t('check.daysCapped', {requested, days: report.window.days})}\n`);
		}
		const json = reportToJson(report);
		io.out(session.flags.json ? json : renderText(report, {names: assessment.directoryNames, t}));

		const saved = saveAssessment(opened.session.paths.progressDir, assessment, session.clock.nowIso());
		if (!session.flags.json) io.err(`${t('check.saved', {file: saved})}\n`);
		if (session.flags.output) {
			const file = path.resolve(session.paths.workDir, session.flags.output);
			try {
				writePrivateFile(file, json);
			} catch (error) {
				throw new UserError(
					t('check.outputFailed', {file, reason: (error as NodeJS.ErrnoException).code ?? String(error)}),
					{
						hint: t('check.outputFailedHint'),
						exitCode: EXIT.usage,
						code: 'output-failed',
						cause: error,
					},
				);
			}
			io.err(`${t('check.wrote', {file})}\n`);
		}
		if (session.verbose) io.err(`${statsLine(opened.graph.stats())}\n`);
		return exitCodeFor(report);
	} finally {
		await opened.close();
	}
}
