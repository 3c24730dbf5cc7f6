/**
 * The simulated tenant's mutable state: plain JSON, so it can be snapshotted, persisted beside the demo's progress file
 * and restored. Graph-shaped fields are kept as Graph names them; what Graph does not expose directly (a user's methods,
 * per-user MFA state, risk, group members) lives under `sim`. Sign-ins are not part of it: they are generated from the
 * seed relative to the clock at every start (see signins/).
 */

export type MethodType =
	| 'password'
	| 'microsoftAuthenticator'
	| 'phone'
	| 'fido2'
	| 'softwareOath'
	| 'hardwareOath'
	| 'temporaryAccessPass'
	| 'email'
	| 'windowsHelloForBusiness';

export interface AuthMethod {
	readonly id: string;
	readonly type: MethodType;
	readonly createdDateTime: string;
	/** Authenticator / FIDO2 / WHfB device or key name. */
	readonly displayName?: string;
	readonly deviceTag?: string;
	readonly phoneAppVersion?: string;
	readonly model?: string;
	readonly phoneNumber?: string;
	readonly phoneType?: 'mobile' | 'alternateMobile' | 'office';
	readonly emailAddress?: string;
	/** Temporary Access Pass details (the pass itself is returned once, at creation, and never stored). */
	readonly startDateTime?: string;
	readonly lifetimeInMinutes?: number;
	readonly isUsableOnce?: boolean;
}

export type RiskLevel = 'low' | 'medium' | 'high' | 'hidden' | 'none';
export type RiskState = 'none' | 'confirmedSafe' | 'remediated' | 'dismissed' | 'atRisk' | 'confirmedCompromised';

export interface UserRisk {
	riskLevel: RiskLevel;
	riskState: RiskState;
	riskDetail: string;
	riskLastUpdatedDateTime: string;
	history: {
		readonly at: string;
		readonly riskState: RiskState;
		readonly riskLevel: RiskLevel;
		readonly riskDetail: string;
	}[];
}

export type PerUserMfaState = 'disabled' | 'enabled' | 'enforced';

export interface SimUser {
	id: string;
	displayName: string;
	givenName: string | null;
	surname: string | null;
	userPrincipalName: string;
	mail: string | null;
	mailNickname: string;
	accountEnabled: boolean;
	userType: 'Member' | 'Guest';
	createdDateTime: string;
	jobTitle: string | null;
	department: string | null;
	officeLocation: string | null;
	companyName: string | null;
	mobilePhone: string | null;
	businessPhones: string[];
	preferredLanguage: string | null;
	usageLocation: string | null;
	onPremisesSyncEnabled: boolean | null;
	assignedLicenses: {skuId: string; disabledPlans: string[]}[];
	externalUserState: string | null;
	creationType: string | null;
	signInSessionsValidFromDateTime: string;
	lastPasswordChangeDateTime: string;
	passwordPolicies: string | null;
	sim: {
		methods: AuthMethod[];
		perUserMfaState: PerUserMfaState;
		risk: UserRisk | null;
		forceChangePasswordNextSignIn: boolean;
		/** Scenario labels (e.g. `warehouse`, `service-account`) used by generators; not exposed. */
		tags: string[];
	};
}

export interface SimGroup {
	id: string;
	displayName: string;
	description: string | null;
	mailEnabled: boolean;
	mailNickname: string;
	securityEnabled: boolean;
	groupTypes: string[];
	isAssignableToRole: boolean | null;
	createdDateTime: string;
	visibility: string | null;
	sim: {members: string[]};
}

export interface SimServicePrincipal {
	id: string;
	appId: string;
	displayName: string;
	servicePrincipalType: string;
	accountEnabled: boolean;
	appOwnerOrganizationId: string | null;
	tags: string[];
	createdDateTime: string | null;
}

export interface SimApplication {
	id: string;
	appId: string;
	displayName: string;
	signInAudience: string;
	isFallbackPublicClient: boolean | null;
	publicClient: {redirectUris: string[]};
	web: {redirectUris: string[]};
	requiredResourceAccess: unknown[];
	createdDateTime: string;
	[key: string]: unknown;
}

export interface SimRoleAssignment {
	id: string;
	principalId: string;
	roleDefinitionId: string;
	directoryScopeId: string;
	appScopeId: string | null;
	createdDateTime: string;
}

export interface SimRoleEligibility {
	id: string;
	principalId: string;
	roleDefinitionId: string;
	directoryScopeId: string;
	appScopeId: string | null;
	memberType: string;
	status: string;
	createdDateTime: string;
	scheduleInfo: {
		startDateTime: string;
		expiration: {type: string; endDateTime: string | null; duration: string | null};
	};
}

export type CaState = 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';

/** A Conditional Access policy as Graph returns it (v1.0 shape; unknown members are kept as sent). */
export interface CaPolicy {
	id: string;
	displayName: string;
	createdDateTime: string;
	modifiedDateTime: string | null;
	state: CaState;
	templateId: string | null;
	conditions: Record<string, unknown>;
	grantControls: Record<string, unknown> | null;
	sessionControls: Record<string, unknown> | null;
	[key: string]: unknown;
}

export interface SimSku {
	id: string;
	skuId: string;
	skuPartNumber: string;
	appliesTo: string;
	capabilityStatus: 'Enabled' | 'Warning' | 'Suspended' | 'Deleted' | 'LockedOut';
	consumedUnits: number;
	prepaidUnits: {enabled: number; suspended: number; warning: number; lockedOut: number};
	servicePlans: {servicePlanId: string; servicePlanName: string; provisioningStatus: string; appliesTo: string}[];
	subscriptionIds: string[];
	accountId: string;
	accountName: string;
}

export interface SimRiskDetection {
	id: string;
	requestId: string | null;
	correlationId: string | null;
	riskEventType: string;
	riskState: RiskState;
	riskLevel: RiskLevel;
	riskDetail: string;
	source: string;
	detectionTimingType: string;
	activity: string;
	tokenIssuerType: string;
	ipAddress: string | null;
	activityDateTime: string;
	detectedDateTime: string;
	lastUpdatedDateTime: string;
	userId: string;
	userDisplayName: string;
	userPrincipalName: string;
	additionalInfo: string | null;
	location: Record<string, unknown> | null;
}

/** What a user's mail clients look like in the M365 usage reports (email-app usage, Office activations). */
export interface MailClientUsage {
	outlookForWindows: string[];
	outlookForMac: string[];
	outlookForMobile: string[];
	outlookForWeb: string[];
	mailForMac: string[];
	otherForMobile: string[];
	pop3App: string[];
	imap4App: string[];
	smtpApp: string[];
	lastActivityDaysAgo: number;
	officeWindows: boolean;
}

export interface StoryEventState {
	status: 'waiting' | 'scheduled' | 'done';
	/** Epoch ms at which a scheduled event fires. */
	dueAt: number | null;
	firedAt: string | null;
}

export interface TenantState {
	readonly format: 'mfa-onboard-simulator-state';
	readonly version: 1;
	scenario: string;
	seed: number;
	createdAt: string;
	organization: Record<string, unknown> & {id: string; displayName: string};
	skus: SimSku[];
	users: SimUser[];
	groups: SimGroup[];
	servicePrincipals: SimServicePrincipal[];
	applications: SimApplication[];
	roleAssignments: SimRoleAssignment[];
	roleEligibilities: SimRoleEligibility[];
	caPolicies: CaPolicy[];
	/** Every version of every policy, so a sign-in is evaluated against the policies as they were at its time. */
	caHistory: {at: string; id: string; policy: CaPolicy | null}[];
	securityDefaults: {id: string; displayName: string; description: string; isEnabled: boolean};
	securityDefaultsHistory: {at: string; isEnabled: boolean}[];
	authMethodsPolicy: Record<string, unknown> & {authenticationMethodConfigurations: Record<string, unknown>[]};
	authorizationPolicy: Record<string, unknown>;
	reportSettings: {id: string; displayConcealedNames: boolean};
	riskDetections: SimRiskDetection[];
	mailClients: Record<string, MailClientUsage>;
	story: Record<string, StoryEventState>;
	/** The user the identity endpoints sign in (device code, browser) unless a control call says otherwise. */
	signInUserId: string;
	/** Counter for ids of objects created through the API (deterministic from the seed). */
	idCounter: number;
	/** Application permissions granted per client id for client-credentials tokens (default: every read permission). */
	appRoleGrants: Record<string, string[]>;
}
