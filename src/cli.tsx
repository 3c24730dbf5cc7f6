/**
 * The entry point: parse flags, build the Session, run the wizard or a command, and map errors to exit codes.
 * The only module that touches the process (argv, env, exit code).
 *
 * Start-up cost matters: `--version` is answered with nothing loaded but this file, and every other module (the
 * catalogues, the flag parser, Ink, MSAL, Graph) is imported only once it is known to be needed.
 */
import {setTimeout as delay} from 'node:timers/promises';
import type {CommandName} from './cli/spec.js';
import type {UserError} from './errors.js';
import type {Translator} from './i18n/index.js';
import type {HostFacts} from './runtime/open-tenant.js';
import type {Session} from './session.js';

declare const __MFA_ONBOARD_VERSION__: string;

/** The package version, injected by the build; `0.0.0-dev` when running from source. */
export const VERSION: string = typeof __MFA_ONBOARD_VERSION__ === 'string' ? __MFA_ONBOARD_VERSION__ : '0.0.0-dev';

export interface Output {
	readonly stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number; rows?: number};
	readonly stderr: NodeJS.WritableStream & {isTTY?: boolean};
}

/** Exit codes, as README and REPORT.md document them (mirrors errors.ts EXIT, which the rest of the code uses). */
const EXIT_OK = 0;
const EXIT_FAILED = 4;

function optionsBeforeSeparator(argv: readonly string[]): readonly string[] {
	return argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
}

/** The language asked for on the command line, read before full parsing so parse errors are in that language. */
function langFromArgv(argv: readonly string[]): string | undefined {
	const options = optionsBeforeSeparator(argv);
	for (let i = 0; i < options.length; i++) {
		const token = options[i]!;
		if (token.startsWith('--lang=')) return token.slice('--lang='.length);
		if (token === '--lang') return options[i + 1];
	}
	return undefined;
}

function printError(error: UserError, t: Translator, out: Output): void {
	const lines = [`${t('cli.errorPrefix')}: ${error.message}`];
	if (error.hint) lines.push(`${t('cli.hintPrefix')}: ${error.hint}`);
	for (const step of error.nextSteps) lines.push(`  ${t('cli.nextStepsPrefix')}: ${step}`);
	out.stderr.write(`${lines.join('\n')}\n`);
}

/** Facts about the machine that only the entry point may read (environment), for sign-in. */
export function hostFacts(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): HostFacts {
	const ssh = Boolean(env.SSH_CONNECTION || env.SSH_TTY);
	const display = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
	const browserAvailable = platform === 'win32' || (platform === 'darwin' ? !ssh : display);
	return {browserAvailable, certificatePassword: env.MFA_ONBOARD_CERTIFICATE_PASSWORD || undefined};
}

async function dispatch(session: Session, out: Output, host: HostFacts): Promise<number> {
	const {EXIT, UserError} = await import('./errors.js');
	const command: CommandName = session.command;
	if (session.flags.signOut) {
		const {clearCacheFile} = await import('./auth/cache.js');
		const count = await clearCacheFile(session.paths.tokenCache);
		out.stdout.write(
			`${count > 0 ? session.t('auth.signedOut', {count, path: session.paths.tokenCache}) : session.t('auth.signedOutNothing')}\n`,
		);
		return EXIT.ok;
	}
	switch (command) {
		case 'explain': {
			const {runExplain} = await import('./commands/explain.js');
			return runExplain(session.args, session.t, text => out.stdout.write(text));
		}
		case 'setup': {
			const [{runSetup}, {createTextSignInUi}] = await Promise.all([
				import('./commands/setup.js'),
				import('./auth/render.js'),
			]);
			const err = (text: string) => out.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
			await runSetup(session, {
				out: text => out.stdout.write(text),
				err,
				ui: createTextSignInUi({
					t: session.t,
					write: err,
					canPrompt: session.terminal.stderrIsTTY && !session.terminal.ci,
				}),
				browserAvailable: host.browserAvailable,
			});
			return EXIT.ok;
		}
		case 'check': {
			const [{runCheck}, {createTextSignInUi}] = await Promise.all([
				import('./commands/check.js'),
				import('./auth/render.js'),
			]);
			const err = (text: string) => out.stderr.write(text);
			return runCheck(session, {
				out: text => out.stdout.write(text),
				err,
				ui: createTextSignInUi({
					t: session.t,
					write: err,
					// The demo tenant's admin approves the device code by itself: nobody has to act on the prompt.
					canPrompt: session.mode === 'demo' || (session.terminal.stderrIsTTY && !session.terminal.ci),
				}),
				host,
			});
		}
		case 'report': {
			const {runReport} = await import('./commands/report.js');
			return runReport(session, {out: text => out.stdout.write(text), err: text => out.stderr.write(text)});
		}
		case 'wizard': {
			// --dry-run --yes prints the plan without a terminal: prompts on stderr, only the plan on stdout.
			if (session.dryRun && session.flags.yes) {
				const {runDryRunPlan} = await import('./commands/plan.js');
				return runDryRunPlan(
					session,
					{out: text => out.stdout.write(text), err: text => out.stderr.write(text)},
					{host},
				);
			}
			if (!session.terminal.stdinIsTTY || !session.terminal.stdoutIsTTY || session.terminal.ci) {
				throw new UserError(session.t('cli.noTty'), {
					hint: session.t('cli.noTtyHint'),
					exitCode: EXIT.usage,
					code: 'no-tty',
				});
			}
			// The first frame before the heavy imports: main.tsx loads MSAL, the Graph client, zod and the steps, which
			// take about as long again as everything before the frame (bench/README.md "Start-up").
			const {showSignInScreen} = await import('./ui/first-frame.js');
			const shown = showSignInScreen(session);
			try {
				const {runWizard} = await import('./ui/main.js');
				return await runWizard(session, out, host, shown);
			} catch (error) {
				shown.instance.unmount();
				throw error;
			}
		}
		case 'undo': {
			const [{runUndo}, {createTextSignInUi}] = await Promise.all([
				import('./commands/undo.js'),
				import('./auth/render.js'),
			]);
			const err = (text: string) => out.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
			const canAsk = session.terminal.stdinIsTTY && session.terminal.stderrIsTTY && !session.terminal.ci;
			const prompt = canAsk
				? async (question: string) => {
						const readline = await import('node:readline/promises');
						const rl = readline.createInterface({input: process.stdin, output: out.stderr});
						try {
							return await rl.question(question);
						} finally {
							rl.close();
						}
					}
				: undefined;
			await runUndo(session, {
				out: text => out.stdout.write(text),
				err,
				ui: createTextSignInUi({t: session.t, write: err, canPrompt: canAsk}),
				host,
				prompt,
			});
			return EXIT.ok;
		}
		case 'simulate': {
			const {runSimulate} = await import('./simulator/cli.js');
			// Ctrl-C (or SIGTERM) stops the simulator cleanly; the listeners go away with the command.
			const controller = new AbortController();
			const stop = () => controller.abort();
			process.once('SIGINT', stop);
			process.once('SIGTERM', stop);
			try {
				return await runSimulate(session, out, controller.signal);
			} finally {
				process.off('SIGINT', stop);
				process.off('SIGTERM', stop);
			}
		}
		default:
			throw new UserError(session.t('cli.notAvailable', {command}), {
				hint: session.t('cli.notAvailableHint'),
				exitCode: EXIT.usage,
				code: 'not-available',
			});
	}
}

/**
 * The assessment streams hundreds of thousands of Graph responses through a heap that keeps about 70 MB live on a
 * 100,000-user tenant; V8's default growth heuristics let the heap balloon to over 400 MB of RSS under that allocation
 * rate. Growing it by at most 30 % per collection keeps such a run under 300 MB with no measurable slowdown
 * (scripts/benchmarks/check-large.ts). A GC heuristic only: it cannot change behaviour, and a V8 without the flag
 * ignores it.
 */
async function limitHeapGrowth(): Promise<void> {
	const v8 = await import('node:v8');
	v8.setFlagsFromString('--heap-growing-percent=30');
}

/** Runs the CLI for these arguments and returns the exit code. */
export async function main(argv: readonly string[], out: Output): Promise<number> {
	const options = optionsBeforeSeparator(argv);
	if (options.includes('--version') || options.includes('-V')) {
		out.stdout.write(`${VERSION}\n`);
		return EXIT_OK;
	}
	const [{createTranslator, detectLang, isLang}, {isUserError}] = await Promise.all([
		import('./i18n/index.js'),
		import('./errors.js'),
	]);
	const env = process.env;
	const early = langFromArgv(argv);
	let t = createTranslator(early && isLang(early) ? early : detectLang(env));
	let verbose = options.includes('--verbose');
	try {
		if (options.includes('--help') || options.includes('-h')) {
			const [{renderHelp}, {NAMED_COMMANDS}] = await Promise.all([import('./cli/help.js'), import('./cli/spec.js')]);
			const command = options.find(a => (NAMED_COMMANDS as readonly string[]).includes(a)) as CommandName | undefined;
			out.stdout.write(renderHelp(t, command));
			return EXIT_OK;
		}
		const [{parseArgs}, {buildSession}, os] = await Promise.all([
			import('./cli/parse.js'),
			import('./session.js'),
			import('node:os'),
		]);
		const parsed = parseArgs(argv, t);
		if (parsed.command === 'check' || parsed.command === 'wizard') await limitHeapGrowth();
		verbose = parsed.flags.verbose;
		const session = buildSession(parsed.command, parsed.args, parsed.flags, {
			env,
			homedir: os.homedir(),
			platform: process.platform,
			cwd: process.cwd(),
			pid: process.pid,
			hostname: os.hostname(),
			argv,
			terminal: {
				stdinIsTTY: process.stdin.isTTY === true,
				stdoutIsTTY: out.stdout.isTTY === true,
				stderrIsTTY: out.stderr.isTTY === true,
				columns: out.stdout.columns ?? 80,
				rows: out.stdout.rows ?? 24,
			},
			now: () => Date.now(),
			sleep: (ms, signal) => delay(ms, undefined, {signal}),
			version: VERSION,
		});
		t = session.t;
		return await dispatch(session, out, hostFacts(env, process.platform));
	} catch (error) {
		if (isUserError(error)) {
			printError(error, t, out);
			if (verbose && error.cause) out.stderr.write(`${String((error.cause as Error).stack ?? error.cause)}\n`);
			return error.exitCode;
		}
		out.stderr.write(
			`${t('cli.errorPrefix')}: ${t('cli.unexpected')}\n${t('cli.hintPrefix')}: ${t('cli.unexpectedHint')}\n`,
		);
		if (verbose) out.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
		return EXIT_FAILED;
	}
}

/** Called by bin/mfa-onboard.js. */
export async function run(): Promise<void> {
	process.exitCode = await main(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr});
}
