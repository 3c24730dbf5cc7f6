/** Messages of the Graph layer's error translator (src/graph/translate.ts). */
export const graph = {
	featureSignInLogs: 'read the sign-in logs',
	featureRegistrationDetails: 'read the MFA registration report',
	featureConditionalAccess: 'use Conditional Access',
	featureRiskyUsers: 'read risky users',
	featureRiskDetections: 'read risk detections',
	featureRoleEligibility: 'read eligible (PIM) role assignments',
	featureUsageReports: 'read the Microsoft 365 usage reports',
	featurePerUserMfa: 'read per-user MFA states',
	featureAuthMethods: 'read users’ sign-in methods',
	featureGeneric: ({method, endpoint}: {method: string; endpoint: string}) => `${method} ${endpoint}`,
	unauthorized: ({code}: {code: string}) => `Microsoft Graph did not accept this sign-in (${code}).`,
	unauthorizedHint:
		'The sign-in expired or was revoked. Sign out with `mfa-onboard --sign-out`, then run the command again.',
	forbidden: ({what}: {what: string}) => `Can't ${what}: the signed-in account is not allowed to.`,
	forbiddenHint: ({scopes, roles}: {scopes: string; roles: string}) =>
		`It needs the delegated permission ${scopes} (consented for this app) and the directory role ${roles}, or a higher one.`,
	forbiddenHintNoRole: ({scopes}: {scopes: string}) =>
		`It needs the delegated permission ${scopes}, consented for this app, and a directory role that allows it.`,
	forbiddenConsent:
		'An administrator can grant the permission with the admin-consent link that `mfa-onboard setup` prints.',
	forbiddenRole:
		'Or sign in with an account that holds that role (for partners: a GDAP relationship that includes it).',
	licence: ({what, licence}: {what: string; licence: string}) =>
		`Can't ${what}: this tenant has no Microsoft Entra ID ${licence} licence.`,
	licenceHintSignInLogs:
		'Without sign-in logs the tool uses the email-apps usage report and your answers to find legacy sign-ins instead.',
	licenceHintRegistrationDetails:
		'Without the registration report the tool reads each user’s sign-in methods instead (slower on large tenants).',
	licenceHintConditionalAccess:
		'Without Conditional Access the tool enforces MFA with security defaults, which every tenant can use.',
	licenceHintRiskyUsers:
		'Without P2 the tool cannot list risky users; review risky sign-ins in the Entra admin center.',
	licenceHintRiskDetections: 'Without the licence the tool skips risk detections and says so in the report.',
	licenceHintRoleEligibility: 'Without P2 there are no eligible assignments; only active role assignments are read.',
	licenceHintGeneric: 'The tool continues without this data and marks what it could not read.',
	throttled: ({seconds}: {seconds: string}) =>
		`Microsoft Graph is throttling requests for this tenant and asked to wait ${seconds} s.`,
	throttledUnknown: 'Microsoft Graph kept throttling requests for this tenant after several retries.',
	throttledHint: 'Wait a few minutes, then run the command again; saved progress is kept.',
	notFound: ({endpoint}: {endpoint: string}) => `Microsoft Graph has no such object: ${endpoint}.`,
	notFoundHint: 'It may have been deleted since the last assessment; run the step again to re-read the tenant.',
	badRequest: ({endpoint, message}: {endpoint: string; message: string}) =>
		`Microsoft Graph refused ${endpoint}: ${message}`,
	badRequestHint: 'Run again with --verbose to see the request; if it persists, report it with that output.',
	serverError: ({status}: {status: string}) => `Microsoft Graph failed with HTTP ${status}.`,
	serverErrorHint: 'This is on Microsoft’s side and usually passes; run the command again in a few minutes.',
	network: ({origin, code}: {origin: string; code: string}) => `Can't reach Microsoft Graph at ${origin} (${code}).`,
	networkHint: 'Check the network connection, proxy and --graph-endpoint, then run the command again.',
	shape: ({endpoint, field, problem}: {endpoint: string; field: string; problem: string}) =>
		`Microsoft Graph answered ${endpoint} in an unexpected shape: ${field}: ${problem}.`,
	shapeHint: 'This tool may be out of date for a change in Graph; update it, or report this message.',
	untrusted: ({url}: {url: string}) =>
		`Refused to send the access token to ${url}: it is not this session’s Graph endpoint.`,
	untrustedHint: 'Graph sent a link to another host; nothing was sent there. Report this with --verbose output.',
	dryRunRefused: ({count}: {count: number}) =>
		count === 1 ? 'Dry run: 1 change was not sent.' : `Dry run: ${count} changes were not sent.`,
	dryRunRefusedHint: 'Run without --dry-run to apply them; the plan lists each one.',
	requestId: ({id}: {id: string}) => `Graph request id for Microsoft support: ${id}`,
} as const;
