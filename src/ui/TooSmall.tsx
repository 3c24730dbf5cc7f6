import {Text} from 'ink';
import {useUi} from './context.js';

export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;

/** Shown instead of the wizard when the terminal cannot fit it, rather than a garbled layout. */
export function TooSmall({columns, rows}: {readonly columns: number; readonly rows: number}) {
	const {t, theme} = useUi();
	return (
		<Text {...theme.warn} wrap="wrap">
			{t('shell.tooSmall', {columns, rows, minColumns: MIN_COLUMNS, minRows: MIN_ROWS})}
		</Text>
	);
}
