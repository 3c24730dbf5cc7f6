import {describe, expect, test} from 'vitest';
import {guessLegacyKind, type LegacyKindInput} from '../../src/assessment/legacy-kind.js';

const base: LegacyKindInput = {
	userPrincipalName: 'jane.doe@contoso.com',
	displayName: 'Jane Doe',
	protocols: ['IMAP4'],
	deviceNames: [null],
	successfulSignIns: 10,
	automationReasons: [],
};

describe('guessLegacyKind', () => {
	test.each([
		['a person on IMAP', {}, 'person', []],
		['a scanner by name', {userPrincipalName: 'scanner.3f@contoso.com'}, 'device', ['nameLooksLikeDevice']],
		['a printer by its device name', {deviceNames: ['RICOH IM C3000']}, 'device', ['deviceLooksLikePrinter']],
		[
			'SMTP only and never a modern sign-in',
			{protocols: ['Authenticated SMTP'], automationReasons: ['legacyProtocolOnly']},
			'device',
			['smtpOnly', 'noModernSignIns'],
		],
		[
			'a role mailbox',
			{userPrincipalName: 'support@contoso.com', displayName: 'Support Desk'},
			'sharedMailbox',
			['nameLooksLikeSharedMailbox'],
		],
		[
			'a Korean shared mailbox',
			{userPrincipalName: 'x@contoso.com', displayName: '대표 메일'},
			'sharedMailbox',
			['nameLooksLikeSharedMailbox'],
		],
		[
			'a service account by name',
			{userPrincipalName: 'svc-backup@contoso.com'},
			'serviceAccount',
			['nameLooksLikeServiceAccount'],
		],
		['an account with automation sign-ins', {automationReasons: ['ropc']}, 'serviceAccount', ['automationSignIns']],
		['legacy only, no name hint', {automationReasons: ['legacyProtocolOnly']}, 'serviceAccount', ['noModernSignIns']],
		['a password-spray target', {successfulSignIns: 0}, 'person', ['failedOnly']],
	] as const)('%s → %s', (_name, overrides, kind, hints) => {
		expect(guessLegacyKind({...base, ...overrides})).toEqual({kind, hints: [...hints]});
	});
});
