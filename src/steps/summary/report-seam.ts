/**
 * The summary's "write the report" offer, behind one seam: a renderer per format turns the REPORT.md object (and the
 * journal) into text, and `writeReport` saves it next to where the tool was run. JSON is here now (report/json.ts);
 * the Markdown and HTML renderers are added to REPORT_RENDERERS when src/report gains them — the view offers exactly
 * the formats this table holds, and points to `mfa-onboard report` for the others.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {JournalEntry} from '../../changes/journal.js';
import type {Translator} from '../../i18n/index.js';
import {reportToJson} from '../../report/json.js';
import type {Report} from '../../report/types.js';

export type ReportFormat = 'md' | 'html' | 'json';

export interface ReportRenderInput {
	readonly report: Report;
	readonly journal: readonly JournalEntry[];
	readonly t: Translator;
}

export type ReportRenderer = (input: ReportRenderInput) => string;

export const REPORT_RENDERERS: Readonly<Partial<Record<ReportFormat, ReportRenderer>>> = {
	json: ({report}) => reportToJson(report),
};

/** The formats the summary can write in this build, in the order it offers them. */
export function availableFormats(): ReportFormat[] {
	return (['md', 'html', 'json'] as const).filter(f => REPORT_RENDERERS[f] !== undefined);
}

function slug(text: string): string {
	return text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'tenant';
}

/**
 * Writes the report (mode 0600: it names people) and returns its path: `mfa-onboard-report-<domain>-<date>.<ext>` in
 * `dir`. A file of that name is never overwritten: a counter is added.
 */
export function writeReport(dir: string, format: ReportFormat, input: ReportRenderInput): string {
	const render = REPORT_RENDERERS[format];
	if (!render) throw new Error(`No ${format} renderer in this build.`);
	const text = render(input);
	const domain = slug(input.report.tenant.defaultDomain ?? input.report.tenant.id);
	const date = input.report.generatedAt.slice(0, 10);
	for (let n = 1; ; n++) {
		const file = path.join(dir, `mfa-onboard-report-${domain}-${date}${n > 1 ? `-${n}` : ''}.${format}`);
		try {
			fs.writeFileSync(file, text, {mode: 0o600, flag: 'wx'});
			return file;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
	}
}
