import {Box, Text} from 'ink';
import type {MessageKey} from '../i18n/index.js';
import {useUi} from './context.js';

/** Key hints for what the current screen accepts. */
export function Footer({hints}: {readonly hints: readonly MessageKey[]}) {
	const {t, theme} = useUi();
	return (
		<Box>
			<Text wrap="truncate-end" {...theme.muted}>
				{hints.map(h => t(h)).join('  ·  ')}
			</Text>
		</Box>
	);
}
