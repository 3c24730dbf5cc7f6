/**
 * Where the wizard and the plan get their assessment from: one collector for both (the interactive wizard in
 * ui/main.tsx and `--dry-run --yes` in commands/plan.ts), so the two can never read the tenant differently. Each
 * assessment is also saved beside the progress file, as `check` saves its own, so `report` can render the latest
 * one whichever command read it.
 */
import type {Assessment} from '../assessment/types.js';
import type {OpenedTenant} from './open-tenant.js';

/** Reads the tenant for the wizard; reports what it is reading (for a progress line). */
export type Collector = (
	opened: OpenedTenant,
	breakGlass: readonly string[],
	onProgress: (text: string) => void,
) => Promise<Assessment>;

/** The product's collector (the assessment module), loaded only when a command needs it. */
export async function defaultCollector(): Promise<Collector> {
	const [{collect}, {progressText}, {saveAssessment}] = await Promise.all([
		import('../assessment/collect.js'),
		import('../assessment/progress-text.js'),
		import('../assessment/saved.js'),
	]);
	return async (opened, breakGlass, onProgress) => {
		const session = opened.session;
		const text = progressText(session.t);
		const assessment = await collect(opened.graph, {
			now: session.clock.now(),
			days: session.flags.days,
			breakGlass,
			t: session.t,
			toolVersion: session.version,
			mode: session.mode,
			cloud: session.cloud.name,
			onProgress: p => {
				const line = text.update(p);
				if (line !== undefined) onProgress(line);
			},
		});
		saveAssessment(session.paths.progressDir, assessment, session.clock.nowIso());
		return assessment;
	};
}
