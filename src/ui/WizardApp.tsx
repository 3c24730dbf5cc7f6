import type {WizardController} from '../wizard/controller.js';
import type {WizardEngine} from '../wizard/engine.js';
import {App, type AppProps} from './App.js';
import {StepHost} from './StepHost.js';
import {STEP_VIEWS} from './steps/index.js';

export interface WizardAppProps extends Omit<AppProps, 'renderStep'> {
	readonly controller: WizardController;
	readonly engine: WizardEngine;
	/** The domain typed to confirm changes that challenge or block users. */
	readonly domain: string;
}

/** The shell with every registered step view hosted in it (the wizard as `main.tsx` and the tests render it). */
export function WizardApp({engine, domain, ...app}: WizardAppProps) {
	return (
		<App
			{...app}
			renderStep={(step, context) => {
				const view = STEP_VIEWS[step];
				if (!view || !engine.module(step)) return undefined;
				return (
					<StepHost
						key={step}
						engine={engine}
						step={step}
						view={view}
						isFocused={context.isFocused}
						isDryRun={app.isDryRun}
						domain={domain}
						width={context.width}
						height={context.height}
						onContinue={context.goNext}
					/>
				);
			}}
		/>
	);
}
