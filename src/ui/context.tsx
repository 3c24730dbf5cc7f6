import {createContext, type ReactNode, useContext} from 'react';
import type {Translator} from '../i18n/index.js';
import type {Theme} from './theme.js';

export interface Ui {
	readonly t: Translator;
	readonly theme: Theme;
}

const UiContext = createContext<Ui | undefined>(undefined);

export function UiProvider({value, children}: {readonly value: Ui; readonly children: ReactNode}) {
	return <UiContext.Provider value={value}>{children}</UiContext.Provider>;
}

/** The translator and theme of this run. */
export function useUi(): Ui {
	const ui = useContext(UiContext);
	if (!ui) throw new Error('useUi outside UiProvider');
	return ui;
}
