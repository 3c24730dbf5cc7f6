import {Box, Text} from 'ink';
import {useUi} from './context.js';

export interface HeaderProps {
	readonly tenantName?: string;
	readonly tenantDomain?: string;
	readonly account?: string;
	readonly isDemo: boolean;
	readonly isDryRun: boolean;
}

/** One line: product, tenant, signed-in account, and the DEMO / DRY-RUN badges that must never be missed. */
export function Header({tenantName, tenantDomain, account, isDemo, isDryRun}: HeaderProps) {
	const {t, theme} = useUi();
	const tenant = tenantName ? `${tenantName}${tenantDomain ? ` (${tenantDomain})` : ''}` : t('common.noTenant');
	return (
		<Box width="100%">
			<Box flexGrow={1} flexShrink={1} overflow="hidden">
				<Text wrap="truncate-end">
					<Text {...theme.title}>{t('shell.appName')}</Text>
					<Text {...theme.muted}> · </Text>
					<Text>{tenant}</Text>
					{account ? <Text {...theme.muted}> · {t('shell.signedInAs', {account})}</Text> : null}
				</Text>
			</Box>
			<Box flexShrink={0}>
				{isDemo ? (
					<Text {...(theme.isColor ? {backgroundColor: 'magenta', color: 'white', bold: true} : theme.badge)}>
						{` ${t('common.demo')} `}
					</Text>
				) : null}
				{isDemo && isDryRun ? <Text> </Text> : null}
				{isDryRun ? (
					<Text {...(theme.isColor ? {backgroundColor: 'yellow', color: 'black', bold: true} : theme.badge)}>
						{` ${t('common.dryRun')} `}
					</Text>
				) : null}
			</Box>
		</Box>
	);
}
