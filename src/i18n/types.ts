/** A catalogue entry: plain text, or a function of typed parameters for text with values or plurals. */
// biome-ignore lint/suspicious/noExplicitAny: parameters are typed per entry by each catalogue.
export type Message = string | ((params: any) => string);
export type Catalogue = Readonly<Record<string, Message>>;

/** The shape another language must give for an English catalogue: the same keys, same parameters. */
export type Translated<C extends Catalogue> = {readonly [K in keyof C]: C[K] extends string ? string : C[K]};

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
	return (LANGS as readonly string[]).includes(value);
}
