/**
 * Holds the wizard's progress for one run: applies actions through the pure reducer, saves after every change, and
 * tells subscribers (the UI) when the state moved. No terminal, no React: the same object drives tests and `--yes` runs.
 */

import {countFinished, currentStep, type WizardAction, type WizardProgress, wizardReducer} from './reducer.js';
import {STEP_IDS, type StepId} from './step-ids.js';

export interface ProgressSink {
	saveProgress(progress: WizardProgress): void;
}

export class WizardController {
	private state: WizardProgress;
	private readonly listeners = new Set<() => void>();

	constructor(
		initial: WizardProgress,
		private readonly sink: ProgressSink,
		readonly options: {readonly dryRun: boolean},
	) {
		this.state = initial;
	}

	get progress(): WizardProgress {
		return this.state;
	}

	get current(): StepId {
		return currentStep(this.state, this.options);
	}

	get finishedCount(): number {
		return countFinished(this.state, this.options);
	}

	dispatch(action: WizardAction): void {
		const next = wizardReducer(this.state, action);
		if (next === this.state) return;
		// Saved before anyone sees it: a crash after this line loses nothing the admin saw.
		this.sink.saveProgress(next);
		this.state = next;
		for (const listener of this.listeners) listener();
	}

	subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	getSnapshot = (): WizardProgress => this.state;

	/** Whether a step can be opened now: every earlier step is finished, or the step itself was reached before. */
	canOpen(step: StepId): boolean {
		const index = STEP_IDS.indexOf(step);
		return index <= STEP_IDS.indexOf(this.current) || this.state.steps[step].status !== 'pending';
	}
}
