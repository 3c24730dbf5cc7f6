export const common = {
	yes: 'Yes',
	no: 'No',
	unknown: 'unknown',
	none: 'none',
	demo: 'DEMO',
	dryRun: 'DRY-RUN',
	notSignedIn: 'not signed in',
	noTenant: 'no tenant yet',
} as const;
