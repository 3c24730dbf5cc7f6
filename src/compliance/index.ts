/**
 * The compliance engine's public API (COMPLIANCE.md, REPORT.md). Pure functions over the read model in model.ts.
 */

export {type EvaluateOptions, evaluate, groupsToResolve, needsPerUserMethods, needsPerUserMfa} from './evaluate.js';
export {licencesFromSkus} from './licences.js';
export type {
	AssessmentInput,
	AuthenticationMethod,
	ConditionalAccessPolicy,
	CoverageInput,
	DirectoryUser,
	NotRead,
	Organization,
	PerUserMfaState,
	PerUserRead,
	PerUserSource,
	PrincipalType,
	Read,
	ReadProblem,
	RiskDetection,
	RiskyUser,
	RoleAssignment,
	SecurityDefaultsPolicy,
	SignIn,
	SignInFacts,
	SignInSlice,
	SliceProblem,
	Source,
	SubscribedSku,
	Unavailable,
	UnavailableReason,
	UserRegistrationDetails,
} from './model.js';
export {NOT_READ, read, unavailable} from './model.js';
export {compareUpn, formatDateTime} from './order.js';
export {type Gap, listedGaps, type PolicyKind, type PolicyView, policyGaps, policyKinds} from './policies.js';
export {
	baseSlices,
	createSignInAggregator,
	DEFAULT_PER_USER_CHECK_LIMIT,
	type SignInAggregator,
	type SignInAggregatorOptions,
	sliceKey,
} from './signins.js';
export type {EnforcedBy, Mechanism, Verdict, VerdictResult} from './verdicts.js';
export {computeWindow, DEFAULT_WINDOW_DAYS, type LicenceFlags, retentionDays, type SignInWindow} from './window.js';
