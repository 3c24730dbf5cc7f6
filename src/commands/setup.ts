/**
 * `mfa-onboard setup`: registers a dedicated public-client app for this tool in the tenant — the ecosystem convention
 * (`m365 setup` does the same) and the recommended way for production, instead of signing in with Microsoft's shared
 * Graph Command Line Tools client. What it does:
 * 1. signs in (default client or --client-id) with Application.ReadWrite.All — only Application.Read.All in a dry run;
 * 2. reads the tenant, and Microsoft Graph's delegated permission ids from its service principal (falling back to the
 *    cited built-in table in knowledge/graph-permissions.ts when that read is not allowed);
 * 3. reuses an app named "mfa-onboard" when one exists, else creates it: single tenant, "allow public client flows"
 *    (device code needs it, else AADSTS7000218), loopback redirect `http://localhost` for browser sign-in, and the
 *    delegated permissions every wizard step may use (asked for at run time only when a step needs them);
 * 4. prints the admin-consent link and saves the client id for this tenant (Session.paths.settings).
 * With --dry-run the POST is refused by the Graph layer's guard and shown instead; nothing is saved.
 */

import type {SignInUi} from '../auth/auth.js';
import {type Connection, connect} from '../auth/connect.js';
import {saveApp} from '../auth/settings.js';
import {type Application, createApplication, findApplications, graphPermissionIds} from '../graph/applications.js';
import {DryRunRefusal} from '../graph/errors.js';
import {getOrganization} from '../graph/organization.js';
import {translateError} from '../graph/translate.js';
import {
	GRAPH_PERMISSIONS,
	type GraphPermission,
	MICROSOFT_GRAPH_APP_ID,
	SETUP_APP_SCOPES,
} from '../knowledge/graph-permissions.js';
import type {Session} from '../session.js';

export const SETUP_APP_NAME = 'mfa-onboard';

export interface SetupIo {
	/** The command's result (stdout). */
	readonly out: (text: string) => void;
	/** Sign-in prompts, notices and --verbose lines (stderr). */
	readonly err: (text: string) => void;
	readonly ui: SignInUi;
	readonly browserAvailable?: boolean;
	/** Tests and demo: a prepared connection (the simulator, a fake sign-in). */
	readonly connection?: Connection;
}

export interface SetupResult {
	readonly tenantId: string;
	readonly appId?: string;
	readonly created: boolean;
	readonly consentUrl?: string;
	readonly permissions: readonly {scope: string; id: string}[];
}

/** The app registration body (exported for tests and for the plan shown in a dry run). */
export function applicationBody(permissions: readonly {id: string}[]): Record<string, unknown> {
	return {
		displayName: SETUP_APP_NAME,
		signInAudience: 'AzureADMyOrg',
		isFallbackPublicClient: true,
		publicClient: {redirectUris: ['http://localhost']},
		requiredResourceAccess: [
			{resourceAppId: MICROSOFT_GRAPH_APP_ID, resourceAccess: permissions.map(p => ({id: p.id, type: 'Scope'}))},
		],
	};
}

export function consentUrl(authorityHost: string, tenantId: string, appId: string): string {
	return `${authorityHost.replace(/\/+$/, '')}/${tenantId}/adminconsent?client_id=${appId}`;
}

export async function runSetup(session: Session, io: SetupIo): Promise<SetupResult> {
	const {t} = session;
	const readScopes = session.dryRun
		? ['User.Read', 'Application.Read.All']
		: ['User.Read', 'Application.ReadWrite.All'];
	const connection =
		io.connection ?? connect(session, {ui: io.ui, log: io.err, browserAvailable: io.browserAvailable, readScopes});
	const {auth, graph} = connection;
	try {
		await auth.signIn();
		const org = await getOrganization(graph);
		const tenantName = org.verifiedDomains.find(d => d.isDefault)?.name ?? org.displayName ?? org.id;
		io.out(
			`${session.dryRun ? t('setup.dryRunTitle', {tenant: tenantName}) : t('setup.title', {tenant: tenantName})}\n`,
		);

		let live: Map<string, string> | undefined;
		try {
			live = await graphPermissionIds(graph);
		} catch {
			// The live lookup is a nicety: the built-in ids are cited; say which source was used.
			live = undefined;
		}
		const chosen: {scope: string; id: string; write: boolean}[] = [];
		const skipped: string[] = [];
		const wanted = GRAPH_PERMISSIONS.filter(p => (SETUP_APP_SCOPES as readonly string[]).includes(p.scope));
		for (const permission of wanted as readonly GraphPermission[]) {
			const id = live?.get(permission.scope.toLowerCase()) ?? permission.id;
			if (id) chosen.push({scope: permission.scope, id, write: permission.write});
			else skipped.push(permission.scope);
		}

		const existing: Application | undefined = (await findApplications(graph, SETUP_APP_NAME))[0];
		let app = existing;
		let created = false;
		if (existing) {
			io.out(`${t('setup.exists', {name: SETUP_APP_NAME, appId: existing.appId})}\n`);
		} else {
			try {
				app = await createApplication(graph, applicationBody(chosen));
				created = true;
				io.out(`${t('setup.created', {name: SETUP_APP_NAME, appId: app.appId})}\n`);
			} catch (error) {
				if (!(error instanceof DryRunRefusal)) throw error;
				for (const request of error.requests) {
					io.out(`${t('setup.wouldSend', {method: request.method, url: request.url})}\n`);
					io.out(`${JSON.stringify(request.body, null, 2)}\n`);
				}
			}
		}
		io.out(`${t('setup.appSettings')}\n`);
		io.out(`${live ? t('setup.permissionIdsLive') : t('setup.permissionIdsBuiltIn')}\n`);
		io.out(`${t('setup.permissions', {count: chosen.length})}\n`);
		for (const p of chosen) io.out(`${t('setup.permissionLine', p)}\n`);
		for (const scope of skipped) io.out(`${t('setup.permissionSkipped', {scope})}\n`);

		const consent = app ? consentUrl(session.cloud.authorityHost, org.id, app.appId) : undefined;
		if (consent) io.out(`\n${t('setup.consent')}\n  ${consent}\n`);
		if (app && !session.dryRun) {
			const keys = [
				org.id,
				...(session.flags.tenant ? [session.flags.tenant] : []),
				...org.verifiedDomains.map(d => d.name),
			];
			await saveApp(
				session.paths.settings,
				[...new Set(keys.map(k => k.toLowerCase()))],
				{
					clientId: app.appId,
					tenantId: org.id,
					displayName: SETUP_APP_NAME,
					objectId: app.id,
					createdAt: session.clock.nowIso(),
				},
				t,
			);
			io.out(`${t('setup.saved', {path: session.paths.settings})}\n${t('setup.next')}\n`);
		} else if (session.dryRun) {
			io.out(`${t('setup.dryRunNext')}\n`);
		}
		return {tenantId: org.id, appId: app?.appId, created, consentUrl: consent, permissions: chosen};
	} catch (error) {
		throw translateError(error, t, connection.redactor);
	}
}
