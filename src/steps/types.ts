/**
 * The step contract (ARCHITECTURE.md): each wizard step reads (from the shared assessment, plus targeted reads when
 * it needs something only it uses), shows findings, asks, and plans changes — as pure functions wherever possible, so a
 * step is testable without a terminal and the same module drives the Ink view and `--dry-run --yes`.
 */
import type {Assessment} from '../assessment/types.js';
import type {Change, Msg} from '../changes/change.js';
import type {Graph} from '../graph/client.js';
import type {MessageKey, Translator} from '../i18n/index.js';
import type {Mode} from '../session.js';
import type {JsonValue} from '../wizard/reducer.js';
import type {StepId} from '../wizard/step-ids.js';

export type Answers = Readonly<Record<string, JsonValue>>;

export interface StepContext {
	readonly assessment: Assessment;
	/** For targeted reads only; writes go through planned changes and the ChangeRunner. */
	readonly graph: Graph;
	readonly t: Translator;
	readonly mode: Mode;
	readonly dryRun: boolean;
	/** RFC 3339 UTC, from the session clock. */
	readonly now: () => string;
	/** Where the step may write files the admin asked for (exports, .reg files): the working directory. */
	readonly workDir: string;
	/** Emergency-access accounts declared so far (wizard answer or --break-glass). */
	readonly breakGlass: readonly string[];
	/** Answers other steps gave (read-only): the enforce step reads steps 2 and 5's open items through `open()`. */
	readonly answersOf: (step: StepId) => Answers;
	/**
	 * `--i-understand-lockout-risk`: the enforce step's lockout guard then lets the admin go on past the checks that are
	 * not about emergency access (MFA registration of the signed-in admin, open items of steps 2 and 5). Never the
	 * break-glass checks.
	 */
	readonly acceptLockoutRisk?: boolean;
}

/** Something still unresolved, shown in the summary and by the lockout guard. */
export interface OpenItem {
	readonly step: StepId;
	/** Stable id within the step (a UPN, a protocol…). */
	readonly id: string;
	readonly text: Msg;
	/** What breaks if MFA is enforced while this is open. */
	readonly breaks?: Msg;
	readonly severity: 'high' | 'medium' | 'low';
}

/** A section of the plan document (`--dry-run --yes`): what was found, what was decided, and the exact requests. */
export interface PlanSection {
	readonly step: StepId;
	readonly findings: readonly string[];
	readonly decisions: readonly {readonly question: string; readonly answer: string}[];
	readonly notes: readonly string[];
}

export interface StepModule<F = unknown> {
	readonly id: StepId;
	/** Graph permissions `assess` needs beyond the assessment's. */
	readonly readScopes: readonly string[];
	/** Graph permissions its changes need (asked for only when applied). */
	readonly writeScopes: readonly string[];
	/** Findings for this step: from the assessment, plus targeted reads. Never writes. */
	assess(ctx: StepContext): Promise<F>;
	/** A small digest kept in the progress file (counts, never user lists or secrets). */
	summarize(findings: F): JsonValue;
	/** The answers `--yes` uses and the UI pre-selects. */
	recommend(findings: F, ctx: StepContext): Answers;
	/** Pure: the changes these answers imply (empty when the step only records decisions). */
	plan(findings: F, answers: Answers, ctx: StepContext): readonly Change[];
	/** What is still unresolved after these answers (for the summary and the enforce step's lockout guard). */
	open(findings: F, answers: Answers, ctx: StepContext): readonly OpenItem[];
	/** The plan document's section for this step, in the admin's language. */
	describe(findings: F, answers: Answers, ctx: StepContext): PlanSection;
}

/** A message key with parameters, rendered later (journal, plan). */
export function msg(key: MessageKey, params?: Readonly<Record<string, string | number>>): Msg {
	return params === undefined ? {key} : {key, params};
}
