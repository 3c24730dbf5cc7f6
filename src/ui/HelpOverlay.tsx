import {Box, Text} from 'ink';
import type {MessageKey} from '../i18n/index.js';
import {useUi} from './context.js';

const LINES: readonly MessageKey[] = [
	'shell.helpMove',
	'shell.helpOpen',
	'shell.helpBack',
	'shell.helpSkip',
	'shell.helpRevisit',
	'shell.helpHelp',
	'shell.helpQuit',
];

/** The `?` overlay: every key the wizard accepts. */
export function HelpOverlay() {
	const {t, theme} = useUi();
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.border} paddingX={1} flexGrow={1}>
			<Text {...theme.title}>{t('shell.helpTitle')}</Text>
			{LINES.map(line => (
				<Text key={line} wrap="wrap">
					{t(line)}
				</Text>
			))}
			<Box marginTop={1}>
				<Text {...theme.muted} wrap="wrap">
					{t('shell.helpSaved')}
				</Text>
			</Box>
		</Box>
	);
}
