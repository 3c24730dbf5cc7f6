/** `mfa-onboard check` and `mfa-onboard report`: notices, progress and errors (stderr). */
const n = (value: number) => value.toLocaleString('en-GB');

export const check = {
	daysInvalid: ({value}: {value: string}) => `--days must be a whole number of days, at least 1 (got ${value}).`,
	daysInvalidHint: 'For example: mfa-onboard check --days 14',
	daysCapped: ({requested, days}: {requested: number; days: number}) =>
		`Note: asked for ${n(requested)} days of sign-ins, but this tenant keeps ${n(days)}; reading the last ${n(days)} days.`,
	progress: ({parts}: {parts: string}) => `Reading the tenant… ${parts}`,
	progressUsers: ({count}: {count: number}) => `users ${n(count)}`,
	progressRegistration: ({count, total}: {count: number; total: number | null}) =>
		total ? `registration ${n(count)}/${n(total)}` : `registration ${n(count)}`,
	progressPerUserMfa: ({count, total}: {count: number; total: number | null}) =>
		total ? `per-user MFA ${n(count)}/${n(total)}` : `per-user MFA ${n(count)}`,
	progressSignIns: ({rows, requests}: {rows: number; requests: number}) =>
		`sign-ins ${n(rows)} (${n(requests)} requests)`,
	progressReports: ({count}: {count: number}) => `usage reports ${n(count)}`,
	progressEvaluating: 'applying the rules',
	saved: ({file}: {file: string}) => `Assessment saved for \`mfa-onboard report\`: ${file}`,
	wrote: ({file}: {file: string}) => `Report written to ${file}`,
	outputFailed: ({file, reason}: {file: string; reason: string}) => `Can't write ${file}: ${reason}`,
	outputFailedHint: 'Check that the folder exists and that you can write to it, or choose another path with --output.',

	noSaved: 'There is no saved assessment to report on.',
	noSavedHint:
		'Run `mfa-onboard check` first (or `mfa-onboard check --demo` for the demo tenant); it saves the assessment.',
	noSavedFor: ({tenant}: {tenant: string}) => `There is no saved assessment for ${tenant}.`,
	severalSaved: ({list}: {list: string}) => `Several tenants have a saved assessment: ${list}.`,
	severalSavedHint: 'Choose one with --tenant <tenant id or domain>.',
	savedEntry: ({name, domain, id, when}: {name: string; domain: string; id: string; when: string}) =>
		`${name} (${domain}, ${id}, checked ${when})`,
	savedUnreadable: ({file, problem}: {file: string; problem: string}) =>
		`The saved assessment ${file} can't be read: ${problem}`,
	savedUnreadableHint: 'Run `mfa-onboard check` again to replace it.',
	journalUnreadable: ({file}: {file: string}) =>
		`Note: the change journal in ${file} can't be read; the report leaves it out. Your progress file is not changed.`,
	csvFolder: ({folder, files}: {folder: string; files: string}) => `CSV files written to ${folder}: ${files}`,
} as const;
