/**
 * The evidence kept before step 8 changes an account: who the account is, its risk, its registered methods and its
 * recent sign-ins, as read just now — so what the attacker did can still be investigated after the reset and the
 * session revocation wipe the trail. One JSON file per account and read, in the progress folder, mode 0600. It holds
 * no secret: never a password (none exists yet when it is written), never a token.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {UserDetails} from './details.js';
import type {RecoveryUser} from './model.js';

export const EVIDENCE_FORMAT = 'mfa-onboard-recovery-evidence';

export interface Evidence {
	readonly format: typeof EVIDENCE_FORMAT;
	readonly version: 1;
	readonly savedAt: string;
	readonly tenantId: string;
	readonly user: {
		readonly id: string;
		readonly userPrincipalName: string;
		readonly displayName: string | null;
		readonly accountEnabled: boolean | null;
		readonly userType: string | null;
		readonly onPremisesSyncEnabled: boolean | null;
	};
	readonly risk: {
		readonly source: RecoveryUser['source'];
		readonly riskLevel: string | null;
		readonly riskState: string | null;
		readonly riskDetail: string | null;
		readonly riskLastUpdatedDateTime: string | null;
		readonly leakedCredentials: boolean;
	};
	readonly methods: UserDetails['methods'];
	readonly signIns: UserDetails['signIns'];
}

export function evidenceOf(tenantId: string, user: RecoveryUser, details: UserDetails): Evidence {
	const read = details.user.status === 'read' ? details.user.value : undefined;
	return {
		format: EVIDENCE_FORMAT,
		version: 1,
		savedAt: details.readAt,
		tenantId,
		user: {
			id: user.id,
			userPrincipalName: user.userPrincipalName,
			displayName: user.displayName,
			accountEnabled: read?.accountEnabled ?? null,
			userType: read?.userType ?? null,
			onPremisesSyncEnabled: read?.onPremisesSyncEnabled ?? null,
		},
		risk: {
			source: user.source,
			riskLevel: user.riskLevel,
			riskState: user.riskState,
			riskDetail: user.riskDetail,
			riskLastUpdatedDateTime: user.riskLastUpdatedDateTime,
			leakedCredentials: user.leakedCredentials,
		},
		methods: details.methods,
		signIns: details.signIns,
	};
}

function safe(text: string): string {
	return text.replace(/[^A-Za-z0-9._@-]+/g, '_');
}

/** Writes the evidence file (folder 0700, file 0600) and returns its path. */
export function saveEvidence(progressDir: string, evidence: Evidence): string {
	const dir = path.join(progressDir, 'evidence');
	fs.mkdirSync(dir, {recursive: true, mode: 0o700});
	const stamp = evidence.savedAt.replace(/[:.]/g, '-');
	const file = path.join(dir, `${safe(evidence.tenantId)}-${safe(evidence.user.userPrincipalName)}-${stamp}.json`);
	fs.writeFileSync(file, `${JSON.stringify(evidence, null, 2)}\n`, {mode: 0o600});
	// The mode option applies only when the file is created; set it in case a file of that name already existed.
	fs.chmodSync(file, 0o600);
	return file;
}
