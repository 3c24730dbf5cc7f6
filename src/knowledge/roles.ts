/**
 * Entra ID built-in directory roles by role template id.
 * Source: https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference
 * The privileged set is the 15 roles Microsoft's "Require MFA for admins" Conditional Access guidance targets
 * (https://learn.microsoft.com/entra/identity/conditional-access/policy-old-require-mfa-admin, 2024 revision,
 * Teams Administrator added in 2024). COMPLIANCE.md defines "admin" with exactly this set.
 */
export const ROLE = {
	globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
	sharePointAdministrator: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
	exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
	conditionalAccessAdministrator: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
	securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
	helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
	passwordAdministrator: '966707d0-3269-4727-9be2-8c3a10f19b9d',
	billingAdministrator: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
	userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
	privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
	authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
	privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
	applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
	cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
	intuneAdministrator: '3a2c62db-5318-420d-8d74-23affee5d9d5',
	teamsAdministrator: '69091246-20e8-4a56-aa4d-066075b2a7a8',
	globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
	authenticationPolicyAdministrator: '0526716b-113d-4c15-b2c8-68e3c22b9f80',
	reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
	securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
	securityOperator: '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f',
	identityGovernanceAdministrator: '45d8d3c5-c802-45c6-b32a-1d70b5e1e86e',
	directorySynchronizationAccounts: 'd29b2b05-8046-44ba-8758-1e26182fcf32',
	partnerTier1Support: '4ba39ca4-527c-499a-b93d-d9b492c50246',
	partnerTier2Support: 'e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8',
	directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
	groupsAdministrator: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
	applicationDeveloper: 'cf1c38e5-3621-4004-a7cb-879624dced7c',
} as const;

export type RoleName = keyof typeof ROLE;

/** English role names as Entra shows them; role names are product names and are not translated. */
export const ROLE_DISPLAY_NAME: Readonly<Record<RoleName, string>> = {
	globalAdministrator: 'Global Administrator',
	sharePointAdministrator: 'SharePoint Administrator',
	exchangeAdministrator: 'Exchange Administrator',
	conditionalAccessAdministrator: 'Conditional Access Administrator',
	securityAdministrator: 'Security Administrator',
	helpdeskAdministrator: 'Helpdesk Administrator',
	passwordAdministrator: 'Password Administrator',
	billingAdministrator: 'Billing Administrator',
	userAdministrator: 'User Administrator',
	privilegedRoleAdministrator: 'Privileged Role Administrator',
	authenticationAdministrator: 'Authentication Administrator',
	privilegedAuthenticationAdministrator: 'Privileged Authentication Administrator',
	applicationAdministrator: 'Application Administrator',
	cloudApplicationAdministrator: 'Cloud Application Administrator',
	intuneAdministrator: 'Intune Administrator',
	teamsAdministrator: 'Teams Administrator',
	globalReader: 'Global Reader',
	authenticationPolicyAdministrator: 'Authentication Policy Administrator',
	reportsReader: 'Reports Reader',
	securityReader: 'Security Reader',
	securityOperator: 'Security Operator',
	identityGovernanceAdministrator: 'Identity Governance Administrator',
	directorySynchronizationAccounts: 'Directory Synchronization Accounts',
	partnerTier1Support: 'Partner Tier1 Support',
	partnerTier2Support: 'Partner Tier2 Support',
	directoryReaders: 'Directory Readers',
	groupsAdministrator: 'Groups Administrator',
	applicationDeveloper: 'Application Developer',
};

/** The 15 privileged roles (GRAPH.md §7 rows marked (A)), Global Administrator first. */
export const PRIVILEGED_ROLE_IDS: readonly string[] = [
	ROLE.globalAdministrator,
	ROLE.applicationAdministrator,
	ROLE.authenticationAdministrator,
	ROLE.billingAdministrator,
	ROLE.cloudApplicationAdministrator,
	ROLE.conditionalAccessAdministrator,
	ROLE.exchangeAdministrator,
	ROLE.helpdeskAdministrator,
	ROLE.passwordAdministrator,
	ROLE.privilegedAuthenticationAdministrator,
	ROLE.privilegedRoleAdministrator,
	ROLE.securityAdministrator,
	ROLE.sharePointAdministrator,
	ROLE.teamsAdministrator,
	ROLE.userAdministrator,
];

const PRIVILEGED = new Set(PRIVILEGED_ROLE_IDS);

export function isPrivilegedRole(roleTemplateId: string): boolean {
	return PRIVILEGED.has(roleTemplateId.toLowerCase());
}

const NAME_BY_ID = new Map<string, RoleName>(Object.entries(ROLE).map(([name, id]) => [id, name as RoleName]));

/** The English display name of a role template id, or undefined for roles this catalogue does not list. */
export function roleDisplayName(roleTemplateId: string): string | undefined {
	const name = NAME_BY_ID.get(roleTemplateId.toLowerCase());
	return name ? ROLE_DISPLAY_NAME[name] : undefined;
}
