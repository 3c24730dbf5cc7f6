/**
 * The two kinds of failure (CONVENTIONS.md): a UserError is something the admin can act on and is shown as its message,
 * hint and next steps, never with a stack; anything else is a bug, shown with its stack under --verbose.
 * Only cli.tsx turns them into exit codes.
 */
export const EXIT = {
	ok: 0,
	/** `check`: not compliant. `explain`: unknown code. */
	notCompliant: 1,
	usage: 2,
	signIn: 3,
	/** Graph or permission error, or `compliant` is null. */
	graph: 4,
	interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface UserErrorOptions {
	/** One sentence on what to do about it. */
	readonly hint?: string;
	/** Commands or actions to try next, shown as a list. */
	readonly nextSteps?: readonly string[];
	readonly exitCode?: ExitCode;
	/** A stable identifier tests and scripts can match (`progress-corrupt`, `graph-403`, …). */
	readonly code?: string;
	readonly cause?: unknown;
}

export class UserError extends Error {
	readonly hint?: string;
	readonly nextSteps: readonly string[];
	readonly exitCode: ExitCode;
	readonly code?: string;

	constructor(message: string, options: UserErrorOptions = {}) {
		super(message, options.cause === undefined ? undefined : {cause: options.cause});
		this.name = 'UserError';
		this.hint = options.hint;
		this.nextSteps = options.nextSteps ?? [];
		this.exitCode = options.exitCode ?? EXIT.usage;
		this.code = options.code;
	}
}

export function isUserError(error: unknown): error is UserError {
	return error instanceof UserError;
}
