import {createContext, type ReactNode, useContext, useEffect, useMemo, useState} from 'react';

interface InputMode {
	/** True while a text field has the keyboard: the shell then leaves letters (q, s, ?) to it. */
	readonly isTyping: boolean;
	setTyping(isTyping: boolean): void;
}

const InputModeContext = createContext<InputMode>({isTyping: false, setTyping: () => undefined});

export function InputModeProvider({children}: {readonly children: ReactNode}) {
	const [isTyping, setTyping] = useState(false);
	const value = useMemo(() => ({isTyping, setTyping}), [isTyping]);
	return <InputModeContext.Provider value={value}>{children}</InputModeContext.Provider>;
}

export function useInputMode(): InputMode {
	return useContext(InputModeContext);
}

/** Marks the keyboard as taken by a text field while `active` (and releases it on unmount). */
export function useTyping(active: boolean): void {
	const {setTyping} = useInputMode();
	useEffect(() => {
		setTyping(active);
		return () => setTyping(false);
	}, [active, setTyping]);
}
