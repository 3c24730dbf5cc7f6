// Measures `mfa-onboard simulate --scenario large`: start time (spawn → ready line), peak RSS (from /usr/bin/time -v
// when present, else the kernel's VmHWM), and how fast it serves sign-in pages to a client in another process.
// Usage: npm run build && node scripts/bench-simulator.mjs [--users N] [--sign-ins N] [--pages N]
// Figures are for this machine; the benchmark suite (issue 9) owns targets and baselines.
import {spawn} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const users = opt('users', 100_000);
const signIns = opt('sign-ins', 1_000_000);
const pages = opt('pages', 150);
const bin = path.join(root, 'bin', 'mfa-onboard.js');
if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('Build first: npm run build');

const useTime = existsSync('/usr/bin/time');
const command = useTime ? '/usr/bin/time' : process.execPath;
const commandArgs = [
	...(useTime ? ['-v', process.execPath] : []),
	bin,
	'simulate',
	'--scenario',
	'large',
	'--users',
	String(users),
	'--sign-ins',
	String(signIns),
	'--lang',
	'en',
];
const started = performance.now();
const child = spawn(command, commandArgs, {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1'}});
let stdout = '';
let stderr = '';
child.stderr.on('data', d => {
	stderr += d;
});
const ready = await new Promise((resolve, reject) => {
	child.stdout.on('data', d => {
		stdout += d;
		if (stdout.includes('Ctrl-C')) resolve(performance.now() - started);
	});
	child.on('exit', code => reject(new Error(`simulate exited early (${code}): ${stderr}`)));
});
const url = /Base URL: +(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)[1];
const token = /export TOKEN='([^']+)'/.exec(stdout)[1];
const headers = {Authorization: `Bearer ${token}`};

async function pageThrough(first, limit) {
	let next = first;
	let count = 0;
	let rows = 0;
	const t0 = performance.now();
	while (next && count < limit) {
		const res = await fetch(next, {headers});
		if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
		const body = await res.json();
		rows += body.value.length;
		next = body['@odata.nextLink'];
		count++;
	}
	const seconds = (performance.now() - t0) / 1000;
	return {pages: count, rows, seconds, pagesPerSecond: count / seconds};
}

const q = s => encodeURIComponent(s);
const results = {
	'sign-ins, beta, non-interactive (1000/page)': await pageThrough(
		`${url}/beta/auditLogs/signIns?$filter=${q("signInEventTypes/any(t: t eq 'nonInteractiveUser')")}`,
		pages,
	),
	'sign-ins, v1.0, default (1000/page)': await pageThrough(`${url}/v1.0/auditLogs/signIns`, pages),
	'sign-ins, IMAP4 + window (selective filter)': await pageThrough(
		`${url}/beta/auditLogs/signIns?$filter=${q("clientAppUsed eq 'IMAP4' and createdDateTime ge 2000-01-01T00:00:00Z")}`,
		pages,
	),
	'users, $select, 999/page': await pageThrough(
		`${url}/v1.0/users?$top=999&$select=id,userPrincipalName,accountEnabled,userType`,
		pages,
	),
};

// GNU time ignores SIGINT while its child runs: signal the simulator itself.
let pid = child.pid;
let hwm = null;
try {
	if (useTime)
		pid = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
	hwm = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) * 1024;
} catch {
	// Not Linux: /usr/bin/time's figure below still counts.
}
process.kill(pid, 'SIGINT');
const code = await new Promise(resolve => child.on('exit', resolve));
const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
const peak = timeRss ? Number(timeRss) * 1024 : hwm;

const mb = n => `${(n / 1024 / 1024).toFixed(0)} MiB`;
console.log(
	`simulate --scenario large --users ${users} --sign-ins ${signIns} (Node ${process.versions.node}, exit ${code})`,
);
console.log(`  start to ready: ${(ready / 1000).toFixed(2)} s`);
console.log(`  peak RSS: ${peak ? mb(peak) : 'unknown'}${timeRss ? ' (/usr/bin/time -v)' : ' (VmHWM)'}`);
for (const [name, r] of Object.entries(results)) {
	console.log(
		`  ${name}: ${r.pages} pages, ${r.rows} rows in ${r.seconds.toFixed(2)} s → ${r.pagesPerSecond.toFixed(1)} pages/s`,
	);
}
