/**
 * Loads the certificate of an app registration for unattended sign-in (`--auth certificate --certificate <path>`).
 * PEM files (certificate and private key, the key optionally encrypted) are read with node:crypto. MSAL wants the
 * private key as PEM, the certificate's SHA-256 thumbprint, and the chain (x5c) for subject-name/issuer auth.
 * PFX (PKCS#12) cannot be opened by node:crypto, and adding a PKCS#12 parser as a dependency for this one path is not
 * worth it: a PFX gets a clear message with the one-line conversion.
 */
import {createHash, createPrivateKey, X509Certificate} from 'node:crypto';
import {promises as fs} from 'node:fs';
import {EXIT, UserError} from '../errors.js';
import type {Translator} from '../i18n/index.js';

export interface LoadedCertificate {
	readonly privateKey: string;
	readonly thumbprintSha256: string;
	/** Base64 DER of each certificate in the file, leaf first. */
	readonly x5c: string;
}

function certError(message: string, hint?: string, cause?: unknown): UserError {
	return new UserError(message, {hint, exitCode: EXIT.signIn, code: 'certificate', cause});
}

export async function loadCertificate(
	file: string,
	password: string | undefined,
	t: Translator,
): Promise<LoadedCertificate> {
	let data: Buffer;
	try {
		data = await fs.readFile(file);
	} catch (cause) {
		throw certError(t('auth.certificateUnreadable', {path: file}), undefined, cause);
	}
	const text = data.toString('utf8');
	if (!text.includes('-----BEGIN')) {
		throw certError(t('auth.certificatePfxUnsupported', {path: file, detail: 'PKCS#12'}), t('auth.certificatePfxHint'));
	}
	const certs = [...text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)].map(m => m[0]);
	if (certs.length === 0) throw certError(t('auth.certificateNoCert', {path: file}));
	const keyBlock = text.match(
		/-----BEGIN (?:(?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/,
	);
	if (!keyBlock) throw certError(t('auth.certificateNoKey', {path: file}));
	const encrypted = /ENCRYPTED PRIVATE KEY|Proc-Type: 4,ENCRYPTED/.test(keyBlock[0]);
	if (encrypted && !password) throw certError(t('auth.certificateEncrypted', {path: file}));
	let privateKey: string;
	try {
		privateKey = createPrivateKey({key: keyBlock[0], format: 'pem', passphrase: password})
			.export({format: 'pem', type: 'pkcs8'})
			.toString();
	} catch (cause) {
		throw certError(t('auth.certificateBadPassword', {path: file}), undefined, cause);
	}
	const ders = certs.map(pem => new X509Certificate(pem).raw);
	return {
		privateKey,
		thumbprintSha256: createHash('sha256').update(ders[0]!).digest('hex').toUpperCase(),
		x5c: ders.map(der => der.toString('base64')).join(','),
	};
}
