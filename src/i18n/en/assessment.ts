/** Text the assessment collector writes into coverage details (what people read next to a `coverage` entry). */
export const assessment = {
	usageConcealed:
		'User names in Microsoft 365 usage reports are concealed (report settings), so the usage rows cannot be matched to users.',
} as const;
