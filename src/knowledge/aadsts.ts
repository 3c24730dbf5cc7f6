/**
 * Entra sign-in error codes the tool explains (GRAPH.md §13 plus AADSTS50072 and AADSTS50074), for the sign-in layer's
 * errors and for `mfa-onboard explain`. The words (meaning, likely cause in this tool's context, fix) live in the i18n
 * area `aadsts` under `m<code>`, `c<code>` and `f<code>`; this file holds the facts and the lookup.
 * Source: https://learn.microsoft.com/entra/identity-platform/reference-error-codes; any code can also be looked up at
 * https://login.microsoftonline.com/error?code=<n>. Refresh-token lifetime: https://learn.microsoft.com/entra/identity-platform/refresh-tokens
 */
import type {MessageKey, Translator} from '../i18n/index.js';

export const AADSTS_CODES = [
	50072, 50074, 50076, 50079, 50105, 50126, 50158, 50173, 53003, 65001, 70043, 90002, 90099, 530034, 530035, 700016,
	700082, 7000218,
] as const;

export type AadstsCode = (typeof AADSTS_CODES)[number];

export type AadstsCategory = 'mfa' | 'policy' | 'token' | 'consent' | 'app' | 'tenant' | 'credentials' | 'partner';

export interface AadstsEntry {
	readonly code: AadstsCode;
	/** `AADSTS50076`. */
	readonly id: string;
	readonly category: AadstsCategory;
	/** True when the fix is simply to sign in again (the tool does that itself). */
	readonly signInAgain: boolean;
	/** Microsoft's page for this code. */
	readonly link: string;
	/** Further reading chosen for the fix. */
	readonly docs: string;
}

const ERROR_PAGE = (code: number) => `https://login.microsoftonline.com/error?code=${code}`;
const REFERENCE = 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes';

const FACTS: Readonly<Record<AadstsCode, {category: AadstsCategory; signInAgain?: boolean; docs?: string}>> = {
	50072: {category: 'mfa', docs: 'https://aka.ms/mysecurityinfo'},
	50074: {category: 'mfa'},
	50076: {category: 'mfa'},
	50079: {category: 'mfa', docs: 'https://aka.ms/mysecurityinfo'},
	50105: {
		category: 'app',
		docs: 'https://learn.microsoft.com/entra/identity/enterprise-apps/assign-user-or-group-access-portal',
	},
	50126: {category: 'credentials'},
	50158: {category: 'policy'},
	50173: {
		category: 'token',
		signInAgain: true,
		docs: 'https://learn.microsoft.com/entra/identity-platform/refresh-tokens',
	},
	53003: {
		category: 'policy',
		docs: 'https://learn.microsoft.com/entra/identity/conditional-access/troubleshoot-conditional-access',
	},
	65001: {category: 'consent', docs: 'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent'},
	70043: {category: 'token', signInAgain: true},
	90002: {category: 'tenant'},
	90099: {category: 'partner', docs: 'https://learn.microsoft.com/partner-center/customers/gdap-introduction'},
	530034: {category: 'partner'},
	530035: {category: 'policy', docs: 'https://learn.microsoft.com/entra/fundamentals/security-defaults'},
	700016: {category: 'app'},
	700082: {
		category: 'token',
		signInAgain: true,
		docs: 'https://learn.microsoft.com/entra/identity-platform/refresh-tokens',
	},
	7000218: {
		category: 'app',
		docs: 'https://learn.microsoft.com/entra/identity-platform/msal-client-application-configuration',
	},
};

export const AADSTS: Readonly<Record<AadstsCode, AadstsEntry>> = Object.fromEntries(
	AADSTS_CODES.map(code => {
		const facts = FACTS[code];
		return [
			code,
			{
				code,
				id: `AADSTS${code}`,
				category: facts.category,
				signInAgain: facts.signInAgain ?? false,
				link: ERROR_PAGE(code),
				docs: facts.docs ?? REFERENCE,
			},
		];
	}),
) as Record<AadstsCode, AadstsEntry>;

export function isKnownAadsts(code: number): code is AadstsCode {
	return (AADSTS_CODES as readonly number[]).includes(code);
}

/** Every AADSTS number in a text (`AADSTS50076`, `aadsts 53003`), in order, without repeats. */
export function aadstsCodesIn(text: string): number[] {
	const seen = new Set<number>();
	for (const match of text.matchAll(/AADSTS\s*:?\s*(\d{4,8})/gi)) seen.add(Number(match[1]));
	return [...seen];
}

export interface AadstsLookup {
	/** The number found in the input. */
	readonly code: number;
	/** The catalogue entry, when the tool knows the code. */
	readonly entry?: AadstsEntry;
	/** Microsoft's own page, for any code. */
	readonly link: string;
}

/**
 * Finds the code in what an admin pastes: `AADSTS50076`, `50076`, or a whole error message (the first AADSTS code
 * wins; without one, a bare number that is a known code). Undefined when there is no code at all.
 */
export function lookupAadsts(input: string): AadstsLookup | undefined {
	const text = input.trim();
	let code = aadstsCodesIn(text)[0];
	if (code === undefined && /^\d{4,8}$/.test(text)) code = Number(text);
	if (code === undefined) {
		for (const match of text.matchAll(/\b(\d{5,7})\b/g)) {
			if (isKnownAadsts(Number(match[1]))) {
				code = Number(match[1]);
				break;
			}
		}
	}
	if (code === undefined) return undefined;
	return {code, entry: isKnownAadsts(code) ? AADSTS[code] : undefined, link: ERROR_PAGE(code)};
}

/** A catalogued code's words in the admin's language: `m` what it means, `c` the likely cause here, `f` the fix. */
export function aadstsText(code: AadstsCode, part: 'm' | 'c' | 'f', t: Translator): string {
	return t.dynamic(`aadsts.${part}${code}` satisfies string as MessageKey);
}
