export const progress = {
	corrupt: ({file, backup}: {file: string; backup: string}) =>
		`The saved progress file ${file} cannot be read (it is not valid progress data). It was kept as ${backup}.`,
	corruptHint: 'Run again with --fresh to start a new session; the damaged file stays where it is for you to inspect.',
	unreadable: ({file, reason}: {file: string; reason: string}) =>
		`The saved progress file ${file} cannot be opened: ${reason}.`,
	unreadableHint: 'Check the file’s owner and permissions (it should be yours, mode 600), or run with --fresh.',
	newerSchema: ({file, version}: {file: string; version: number}) =>
		`${file} was written by a newer mfa-onboard (progress schema ${version}); this version cannot read it safely.`,
	newerSchemaHint:
		'Update mfa-onboard (npx mfa-onboard@latest), or run with --fresh to start over (the file is kept as a backup).',
	locked: ({pid, command, startedAt, hostname}: {pid: number; command: string; startedAt: string; hostname: string}) =>
		`Another mfa-onboard is working on this tenant: process ${pid} on ${hostname}, started ${startedAt} (${command}).`,
	lockedHint:
		'Finish or quit that run first. If it is gone for good (the machine restarted), delete the .lock file next to the progress file.',
	lockRecovered: ({pid}: {pid: number}) =>
		`A previous run (process ${pid}) ended without closing; its lock was released.`,
} as const;
