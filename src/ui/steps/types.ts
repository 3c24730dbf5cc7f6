import type {Answers} from '../../steps/types.js';
import type {WizardEngine} from '../../wizard/engine.js';
import type {JsonValue} from '../../wizard/reducer.js';
import type {StepId} from '../../wizard/step-ids.js';

/** What a step's Ink view gets from the host (StepHost). */
export interface StepViewProps<F = unknown> {
	readonly engine: WizardEngine;
	readonly step: StepId;
	readonly findings: F;
	/** The admin's answers over the step's recommendations. */
	readonly answers: Answers;
	readonly isFocused: boolean;
	/** Columns and rows the view may use inside the pane. */
	readonly width: number;
	readonly height: number;
	readonly onAnswer: (key: string, value: JsonValue) => void;
	/** The admin is done deciding: the host plans, previews, confirms and applies the step's changes. */
	readonly onFinish: () => void;
}
