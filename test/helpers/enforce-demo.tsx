/**
 * Branch `enforce`'s demo launcher: the real wizard (`runWizard`) with the stand-in collector, until the shared
 * collector lands on main. `npx tsx test/helpers/enforce-demo.tsx --demo [--lang ko]` in a terminal.
 */
import os from 'node:os';
import {parseArgs} from '../../src/cli/parse.js';
import {hostFacts} from '../../src/cli.js';
import {getMe} from '../../src/graph/organization.js';
import {createTranslator, detectLang} from '../../src/i18n/index.js';
import {buildSession} from '../../src/session.js';
import {runWizard} from '../../src/ui/main.js';
import {collectForEnforce} from './enforce-assessment.js';

const argv = process.argv.slice(2);
const t0 = createTranslator(detectLang(process.env));
const parsed = parseArgs(argv, t0);
const session = buildSession(parsed.command, parsed.args, parsed.flags, {
	env: process.env,
	homedir: os.homedir(),
	platform: process.platform,
	cwd: process.cwd(),
	pid: process.pid,
	hostname: os.hostname(),
	argv,
	terminal: {
		stdinIsTTY: process.stdin.isTTY === true,
		stdoutIsTTY: process.stdout.isTTY === true,
		stderrIsTTY: process.stderr.isTTY === true,
		columns: process.stdout.columns ?? 80,
		rows: process.stdout.rows ?? 24,
	},
	now: () => Date.now(),
	sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
	version: 'dev',
});
process.exitCode = await runWizard(
	session,
	{stdout: process.stdout, stderr: process.stderr},
	hostFacts(process.env, process.platform),
	async (opened, breakGlass, onProgress) => {
		onProgress('…');
		const me = await getMe(opened.graph);
		return collectForEnforce(opened.graph, {
			now: opened.session.clock.now(),
			breakGlass,
			t: session.t,
			mode: opened.session.mode,
			signIns: true,
			signedInUpn: me.userPrincipalName,
		});
	},
);
