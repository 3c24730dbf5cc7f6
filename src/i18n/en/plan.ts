/** The plan document printed by `mfa-onboard --dry-run --yes` (Markdown), and the headless run's messages. */
const plural = (count: number, one: string, many: string) =>
	`${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

export const plan = {
	title: ({tenant}: {tenant: string}) => `mfa-onboard plan — ${tenant}`,
	intro: ({when, mode, version}: {when: string; mode: string; version: string}) =>
		`Dry run of ${when} (${mode}, mfa-onboard ${version}). Nothing was changed: every request below is what a real run would send, after an interactive confirmation. Decisions are the admin’s where saved, the recommended ones elsewhere.`,
	modeDemo: 'demo tenant',
	modeLive: 'live tenant',
	summary: ({changes, steps, open}: {changes: number; steps: number; open: number}) =>
		`${plural(changes, 'change', 'changes')} planned across ${plural(steps, 'step', 'steps')}; ${plural(open, 'item', 'items')} still open.`,
	stepHeading: ({n, title}: {n: number; title: string}) => `Step ${n} — ${title}`,
	notAvailable: 'Not part of this version yet: nothing planned.',
	skipped: ({reason}: {reason: string}) => `Skipped by the admin: ${reason}`,
	failed: ({message}: {message: string}) => `Could not be planned: ${message}`,
	findings: 'Findings',
	decisions: 'Decisions',
	changes: 'Changes',
	noChanges: 'No change to the tenant: the decisions are recorded.',
	changeMeta: ({id, scopes, confirmation}: {id: string; scopes: string; confirmation: string}) =>
		`Change ${id} · permission ${scopes} · ${confirmation} · journaled, undo with \`mfa-onboard undo ${id}\``,
	changeMetaNoUndo: ({
		id,
		scopes,
		confirmation,
		reason,
	}: {
		id: string;
		scopes: string;
		confirmation: string;
		reason: string;
	}) => `Change ${id} · permission ${scopes} · ${confirmation} · journaled; cannot be undone: ${reason}`,
	confirmDomain: 'applied only after the tenant’s domain is typed',
	confirmKey: 'applied only after a confirmation',
	journaled: 'Already applied by this tool (journal): a real run would not send it again.',
	previewFailed: ({message}: {message: string}) => `The current state could not be read: ${message}`,
	stateUnknown: 'state unknown',
	notes: 'Notes',
	open: 'Still open',
	severity_high: 'high',
	severity_medium: 'medium',
	severity_low: 'low',
	footer: 'To apply: run mfa-onboard without --dry-run and confirm each step’s changes.',
	readingStep: ({step}: {step: string}) => `Planning: ${step}`,
	written: 'Plan printed; nothing was sent to the tenant.',
} as const;
