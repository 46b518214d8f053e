/**
 * Is the text English, as the extraction rules assume? The share of common English function
 * words decides (a language-independent signal that holds on short texts); franc-min, a
 * maintained language identifier, names the language when it is not English. Language
 * names come from Intl.DisplayNames.
 */
import { franc } from 'franc-min';

const ENGLISH = new Set(
	'the of and to in is was that for on with as by at from it he she his her has have had be been are were this which who an or not but its their they will would there than'.split(
		' '
	)
);

const languageName = (code: string) => {
	try {
		return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
};

/** ISO 639-1 code of a franc (ISO 639-3) code where one exists ("spa" → "es"). */
function toTwoLetter(code: string): string {
	try {
		return Intl.getCanonicalLocales(code)[0] ?? code;
	} catch {
		return code;
	}
}

export interface LanguageCheck {
	readonly englishShare: number;
	readonly words: number;
	/** franc's guess, ISO 639-1 where there is one, `und` when it cannot tell. */
	readonly detected: string;
}

export function checkLanguage(text: string): LanguageCheck {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	const english = words.filter((w) => ENGLISH.has(w)).length;
	const guess = franc(text, { minLength: 20 });
	return {
		englishShare: words.length ? english / words.length : 0,
		words: words.length,
		detected: guess === 'und' ? 'und' : toTwoLetter(guess)
	};
}

/** What is wrong with the language of a document, or null when it reads as English and is catalogued so. */
export function languageProblem(text: string, catalogued: string): string | null {
	if (catalogued !== 'en') {
		return `is catalogued as ${languageName(catalogued)} ("${catalogued}"); extraction reads English only`;
	}
	const c = checkLanguage(text);
	if (c.words < 12) return null;
	if (c.englishShare < 0.12) {
		const what =
			c.detected === 'und' || c.detected === 'en'
				? 'does not read as English'
				: `reads as ${languageName(c.detected)} ("${c.detected}")`;
		return `${what}, but is catalogued as English ("en"): ${Math.round(c.englishShare * 100)}% of its words are common English words`;
	}
	return null;
}
