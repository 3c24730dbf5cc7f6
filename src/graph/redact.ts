/**
 * Redaction for everything the Graph and sign-in layers can show or log: URLs, headers, bodies, error text.
 * Three nets, so one missed pattern is not a leak: known secret values (every token the auth layer hands out is
 * registered), anything shaped like a JWT, and fields or parameters whose names say they hold a secret.
 */

const MARK = '[redacted]';

/** JWTs (three base64url segments, header starting `eyJ`); the signature may be empty (unsigned demo tokens). */
const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;

/** Query or form parameters and JSON fields whose value is a secret. */
const SECRET_NAME =
	/^(?:access_token|refresh_token|id_token|client_secret|client_assertion|assertion|code|device_code|user_code|password|newpassword|new_password|token|sig|signature|secret|privatekey|private_key|passphrase)$/i;

/** JSON field names that hold secrets (matched whole or as a suffix, e.g. `passwordProfile.password`). */
const SECRET_FIELD = /(?:password|secret|token|assertion|privatekey|passphrase)$/i;

export class Redactor {
	readonly #secrets = new Set<string>();

	/** Registers a value that must never be shown (an access token, a generated password). Short values are ignored. */
	add(secret: string | undefined): void {
		if (secret && secret.length >= 8) this.#secrets.add(secret);
	}

	/** Redacts a piece of text: known secrets, JWT-shaped strings, `Bearer …`, and secret-named parameters. */
	text(value: string): string {
		let out = value;
		for (const secret of this.#secrets) {
			if (out.includes(secret)) out = out.split(secret).join(MARK);
		}
		out = out.replace(JWT, MARK);
		out = out.replace(/\b(Bearer|Basic)\s+[^\s"',]+/gi, `$1 ${MARK}`);
		out = out.replace(/([?&#]|^)([\w.-]+)=([^&#\s"]*)/g, (all, sep: string, name: string) =>
			SECRET_NAME.test(name) ? `${sep}${name}=${MARK}` : all,
		);
		return out;
	}

	/** A URL with secret-named query parameters hidden; for hosts other than Graph the whole query is hidden. */
	url(value: string, trustedOrigins: readonly string[] = []): string {
		try {
			const url = new URL(value);
			if (trustedOrigins.length > 0 && !trustedOrigins.includes(url.origin) && url.search) {
				// Pre-authenticated download links (report CSVs) carry their credential in the query.
				return this.text(`${url.origin}${url.pathname}?${MARK}`);
			}
		} catch {
			// Not an absolute URL: treat as text.
		}
		return this.text(value);
	}

	/** Headers with credentials hidden. */
	headers(headers: Readonly<Record<string, string>>): Record<string, string> {
		const out: Record<string, string> = {};
		for (const [name, value] of Object.entries(headers)) {
			out[name] = /^(authorization|cookie|set-cookie|x-ms-client-assertion)$/i.test(name) ? MARK : this.text(value);
		}
		return out;
	}

	/** A deep copy of a JSON value with secret-named fields and secret-shaped strings hidden. */
	value(value: unknown): unknown {
		if (typeof value === 'string') return this.text(value);
		if (Array.isArray(value)) return value.map(v => this.value(v));
		if (value && typeof value === 'object') {
			const out: Record<string, unknown> = {};
			for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
				out[key] = SECRET_FIELD.test(key) && inner !== null && typeof inner !== 'object' ? MARK : this.value(inner);
			}
			return out;
		}
		return value;
	}

	/** A request or response body as text, redacted whether it is JSON, a form or plain text. */
	body(body: unknown): string | undefined {
		if (body === undefined || body === null || body === '') return undefined;
		if (typeof body === 'string') {
			try {
				return JSON.stringify(this.value(JSON.parse(body)));
			} catch {
				return this.text(body);
			}
		}
		return JSON.stringify(this.value(body));
	}
}

export const REDACTED = MARK;
