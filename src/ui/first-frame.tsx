/**
 * The wizard's first frame: the sign-in screen, drawn with nothing loaded but Ink, React and the screen itself.
 * cli.tsx shows it before importing main.tsx, whose imports (MSAL, the Graph client, zod, the steps) take about as
 * long again as everything before the frame (bench/README.md "Start-up"): the admin sees the screen while they load.
 */
import chalk from 'chalk';
import {type Instance, render} from 'ink';
import type {Session} from '../session.js';
import {UiProvider} from './context.js';
import {SignInScreen} from './SignInScreen.js';
import {createSignInModel, type SignInModel} from './sign-in-model.js';
import {makeTheme} from './theme.js';

export interface ShownSignInScreen {
	readonly model: SignInModel;
	readonly instance: Instance;
}

/** Renders the sign-in screen now; main.tsx's sign-in drives its model and unmounts it. */
export function showSignInScreen(session: Session): ShownSignInScreen {
	if (!session.color) chalk.level = 0;
	const model = createSignInModel(() => session.clock.now().getTime());
	const instance = render(
		<UiProvider value={{t: session.t, theme: makeTheme(session.color)}}>
			<SignInScreen model={model} isDemo={session.mode === 'demo'} />
		</UiProvider>,
		{exitOnCtrlC: true, patchConsole: false},
	);
	return {model, instance};
}
