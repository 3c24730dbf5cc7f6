/** Renders one of the recover branch's step views inside the real StepHost (assess → view → plan review). */
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import type {ComponentType} from 'react';
import type {Translator} from '../../../src/i18n/index.js';
import {UiProvider} from '../../../src/ui/context.js';
import {InputModeProvider} from '../../../src/ui/input-mode.js';
import {StepHost} from '../../../src/ui/StepHost.js';
import type {StepViewProps} from '../../../src/ui/steps/types.js';
import {makeTheme} from '../../../src/ui/theme.js';
import type {WizardEngine} from '../../../src/wizard/engine.js';
import type {StepId} from '../../../src/wizard/step-ids.js';
import {driver} from '../../helpers/ink.js';

/** The pane body at 80×24: 50 columns, 15 rows (App.tsx: columns − 26 − 4, rows − 3 − 6). */
export const PANE_80x24 = {width: 50, height: 15};

export function renderStep(options: {
	engine: WizardEngine;
	step: StepId;
	// biome-ignore lint/suspicious/noExplicitAny: views take their own findings type.
	view: ComponentType<StepViewProps<any>>;
	t: Translator;
	isDryRun?: boolean;
	width?: number;
	height?: number;
	onContinue?: () => void;
}) {
	const width = options.width ?? PANE_80x24.width;
	const height = options.height ?? PANE_80x24.height;
	const instance = render(
		<UiProvider value={{t: options.t, theme: makeTheme(false)}}>
			<InputModeProvider>
				<Box width={width} flexDirection="column">
					<StepHost
						engine={options.engine}
						step={options.step}
						view={options.view}
						isFocused
						isDryRun={options.isDryRun ?? false}
						domain="contosopartner.onmicrosoft.com"
						width={width}
						height={height}
						onContinue={options.onContinue ?? (() => undefined)}
					/>
				</Box>
			</InputModeProvider>
		</UiProvider>,
	);
	return {instance, d: driver(instance)};
}
