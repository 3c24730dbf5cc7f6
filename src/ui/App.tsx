import {Box, Text, useApp, useInput} from 'ink';
import {type ReactNode, useState, useSyncExternalStore} from 'react';
import type {MessageKey} from '../i18n/index.js';
import type {WizardController} from '../wizard/controller.js';
import {isFinished} from '../wizard/reducer.js';
import {STEP_IDS, STEPS, type StepId, stepInfo} from '../wizard/step-ids.js';
import {useUi} from './context.js';
import {Footer} from './Footer.js';
import {Header, type HeaderProps} from './Header.js';
import {HelpOverlay} from './HelpOverlay.js';
import {InputModeProvider, useInputMode} from './input-mode.js';
import {binding} from './keys.js';
import {type ResumeChoice, ResumePrompt} from './ResumePrompt.js';
import {SkipPrompt} from './SkipPrompt.js';
import {StepList} from './StepList.js';
import {StepPane} from './StepPane.js';
import {MIN_COLUMNS, MIN_ROWS, TooSmall} from './TooSmall.js';
import {useKeys} from './use-keys.js';
import {useTerminalSize} from './use-terminal-size.js';

export type QuitReason = 'quit' | 'fresh';

/** What a step's pane body gets from the shell. */
export interface StepRenderContext {
	readonly isFocused: boolean;
	/** Columns and rows inside the pane, below its title lines. */
	readonly width: number;
	readonly height: number;
	/** The step is finished: back to the step list, on the next unfinished step. */
	readonly goNext: () => void;
}

export interface AppProps {
	readonly controller: WizardController;
	readonly header: Omit<HeaderProps, 'isDryRun'>;
	readonly isDryRun: boolean;
	/** Offer the saved session first (no --resume / --fresh given and one exists). */
	readonly resume?: {readonly updatedAt: string};
	/** When the admin picks "start fresh" at the resume prompt: the caller re-opens the store and renders again. */
	readonly onFresh: () => void;
	/** Timestamps for actions come from the session clock. */
	readonly now: () => string;
	/** Called when the admin quits (q, or "quit" at the resume prompt), just before the app exits. */
	readonly onQuit?: () => void;
	/** The body of a step's pane, by step; steps without one show that their checks are not in this version. */
	readonly renderStep?: (step: StepId, context: StepRenderContext) => ReactNode;
}

const LIST_WIDTH = 26;

/** The wizard's shell: header, step list, the active step's pane, key hints, help; keys are read here and in step views. */
export function App(props: AppProps) {
	return (
		<InputModeProvider>
			<KeepKeyboard />
			<Shell {...props} />
		</InputModeProvider>
	);
}

/**
 * Keeps Ink's raw mode on for the whole run. Ink turns raw mode off whenever no `useInput` is active, which happens for
 * an instant each time the keyboard passes from one component to another (a list to a note field): a key pressed
 * then waits, unread, until the next one arrives. One handler that is always active closes that gap.
 */
/** Rows SkipPrompt.tsx takes: its top margin, the question (one line from 50 columns on) and the field. */
const SKIP_PROMPT_ROWS = 3;

function KeepKeyboard() {
	useInput(() => undefined);
	return null;
}

function Shell({controller, header, isDryRun, resume, onFresh, onQuit, now, renderStep}: AppProps) {
	const {isTyping} = useInputMode();
	const {t, theme} = useUi();
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const progress = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
	const current = controller.current;
	const [isResuming, setResuming] = useState(resume !== undefined);
	const [cursor, setCursor] = useState<StepId>(current);
	const [focus, setFocus] = useState<'list' | 'pane'>('list');
	const [isHelp, setHelp] = useState(false);
	const [isSkipping, setSkipping] = useState(false);
	const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;

	const quit = () => {
		onQuit?.();
		exit();
	};

	const chooseResume = (choice: ResumeChoice) => {
		if (choice === 'quit') quit();
		else if (choice === 'fresh') onFresh();
		else setResuming(false);
	};

	useKeys(
		(input, key) => {
			const action = binding(input, key);
			if (action === 'quit') {
				quit();
				return;
			}
			if (tooSmall) return;
			if (action === 'help') {
				setHelp(open => !open);
				return;
			}
			if (isHelp) {
				if (action === 'back') setHelp(false);
				return;
			}
			const index = STEP_IDS.indexOf(cursor);
			switch (action) {
				case 'up':
					if (focus === 'list') setCursor(STEP_IDS[Math.max(0, index - 1)]!);
					break;
				case 'down':
					if (focus === 'list') setCursor(STEP_IDS[Math.min(STEP_IDS.length - 1, index + 1)]!);
					break;
				case 'open':
					// Only from the list: an Enter inside the pane belongs to the step (finishing it moves focus back to
					// the list, and the same key must not open the next step at once).
					if (focus === 'list' && controller.canOpen(cursor)) setFocus('pane');
					break;
				case 'back':
					setFocus('list');
					break;
				case 'skip':
					if (controller.canOpen(cursor) && !isFinished(progress.steps[cursor].status, {dryRun: isDryRun})) {
						setSkipping(true);
					}
					break;
				case 'revisit':
					if (progress.steps[cursor].status !== 'pending') {
						controller.dispatch({type: 'step-revisited', step: cursor, at: now()});
						setFocus('pane');
					}
					break;
				default:
					break;
			}
		},
		{isActive: !isResuming && !isSkipping && !isTyping},
	);

	const bodyHeight = Math.max(rows - 3, 1);
	let body: ReactNode;
	if (tooSmall) {
		body = <TooSmall columns={columns} rows={rows} />;
	} else if (isResuming && resume) {
		body = (
			<ResumePrompt
				updatedAt={resume.updatedAt}
				finished={controller.finishedCount}
				total={STEPS.length}
				onChoose={chooseResume}
			/>
		);
	} else if (isHelp) {
		body = <HelpOverlay />;
	} else {
		const step = stepInfo(cursor);
		const stepProgress = progress.steps[cursor];
		const isPaneFocused = focus === 'pane';
		const stepBody = renderStep?.(cursor, {
			isFocused: isPaneFocused && !isSkipping,
			width: Math.max(columns - LIST_WIDTH - 4, 10),
			// The skip prompt (a blank line, the question, the field) takes its rows from the step's view, so the two never
			// overlap in a full pane.
			height: Math.max(bodyHeight - 6 - (isSkipping ? SKIP_PROMPT_ROWS : 0), 3),
			goNext: () => {
				setFocus('list');
				setCursor(controller.current);
			},
		});
		body = (
			<Box height={bodyHeight}>
				<StepList progress={progress} cursor={cursor} current={current} isFocused={!isPaneFocused} width={LIST_WIDTH} />
				<StepPane step={step} progress={stepProgress} isFocused={isPaneFocused} isCompact={stepBody != null}>
					{stepBody ?? (
						<Box marginTop={1}>
							<Text {...theme.muted} wrap="wrap">
								{t('shell.stepNotReady')}
							</Text>
						</Box>
					)}
					{isSkipping ? (
						<SkipPrompt
							onSubmit={reason => {
								controller.dispatch({type: 'step-skipped', step: cursor, reason, at: now()});
								setSkipping(false);
								setFocus('list');
								setCursor(controller.current);
							}}
						/>
					) : null}
				</StepPane>
			</Box>
		);
	}

	const hints: MessageKey[] = isResuming
		? ['shell.keyMove', 'shell.keyOpen']
		: isHelp
			? ['shell.keyBack', 'shell.keyHelp', 'shell.keyQuit']
			: focus === 'list'
				? ['shell.keyMove', 'shell.keyOpen', 'shell.keySkip', 'shell.keyHelp', 'shell.keyQuit']
				: ['shell.keyBack', 'shell.keySkip', 'shell.keyHelp', 'shell.keyQuit'];

	if (tooSmall) return body;
	return (
		<Box flexDirection="column" width={columns}>
			<Header {...header} isDryRun={isDryRun} />
			{body}
			<Footer hints={hints} />
		</Box>
	);
}
