/**
 * The declared mappings: for each published table, which columns give which fields, in what
 * unit and dollar basis, and which rows count. build.ts applies them.
 */
import { read, type TableMapping } from './mapping.ts';
import type { Creditor, FlowClass, Licence } from './types.ts';

export const LICENCES: Readonly<Record<string, Licence>> = {
	'ODC-By-1.0': {
		id: 'ODC-By-1.0',
		name: 'Open Data Commons Attribution License 1.0',
		url: 'https://opendatacommons.org/licenses/by/1-0/',
		terms: 'reuse freely, attributing the publisher'
	},
	'CC-BY-4.0': {
		id: 'CC-BY-4.0',
		name: 'Creative Commons Attribution 4.0 International',
		url: 'https://creativecommons.org/licenses/by/4.0/',
		terms: 'reuse freely, attributing the publisher'
	}
};

/** The catalogue ids of the tables the mappings read. */
export const TABLE_IDS = {
	countryYears: 'aiddata-gcdf-3-country-years',
	cowIso3: 'aiddata-gcdf-3-cow-iso3',
	countryTotals: 'aiddata-gcdf-3-country-totals',
	worldYears: 'aiddata-gcdf-3-yearly-flows',
	projects: 'aiddata-gcof-1-projects',
	debt: 'worldbank-ids-africa-debt-to-china'
} as const;

/** The curated loan series whose claims must equal the GCDF 3.0 country sums. */
export const GCDF3_SERIES = 'aiddata-3';

const FLOW_CLASS: Record<string, FlowClass> = {
	'ODA-like': 'oda-like',
	'OOF-like': 'oof-like',
	'Vague (Official Finance)': 'vague'
};

export const cowIso3Mapping: TableMapping<{ cow: string; iso3: string }> = {
	table: TABLE_IDS.cowIso3,
	record: 'a Correlates of War code and the ISO 3166 code of the same country',
	fields: {
		cow: { column: 'cow_code', read: read.text },
		iso3: { column: 'iso3', read: read.iso3 }
	}
};

/** One row holds three figures, one per flow class: each becomes a record citing its own cell. */
export const countryYearsMapping = (cowToIso3: ReadonlyMap<string, string>): TableMapping<{
	country: string;
	year: number;
	oof: number;
	oda: number;
	vague: number;
}> => ({
	table: TABLE_IDS.countryYears,
	record: 'commitments to one recipient country in one year, one figure per flow class',
	measure: 'commitments',
	dollars: 'constant-2021',
	unit: 'US dollars',
	counts: 'every row: the table holds only records AidData recommends for aggregates',
	fields: {
		country: { column: 'ccode', read: read.lookup('Correlates of War code', cowToIso3) },
		year: { column: 'year', read: read.year(2000, 2021) },
		oof: { column: 'oof_amt', read: read.usd },
		oda: { column: 'oda_amt', read: read.usd },
		vague: { column: 'vof_amt', read: read.usd }
	}
});

export const countryTotalsMapping: TableMapping<{
	country: string;
	name: string;
	usd: number;
	region: string;
	income: string;
}> = {
	table: TABLE_IDS.countryTotals,
	record: "a recipient country's commitments 2000-2021, with its World Bank region",
	measure: 'commitments',
	dollars: 'constant-2021',
	unit: 'billions of US dollars',
	counts: 'every row',
	fields: {
		country: { column: 'iso3c', read: read.iso3 },
		name: { column: 'country_name', read: read.text },
		usd: { column: 'total_commitments_bn', read: read.billions },
		// "NA" is R's missing value as write.csv prints it: no region given.
		region: { column: 'region_name', read: read.text, empty: 'keep' },
		income: { column: 'income_level_name', read: read.text, empty: 'keep' }
	}
};

export const worldYearsMapping: TableMapping<{ year: number; flowClass: FlowClass; usd: number }> = {
	table: TABLE_IDS.worldYears,
	record: 'commitments to all recipients in one year of one flow class, regional records included',
	measure: 'commitments',
	dollars: 'constant-2021',
	unit: 'billions of US dollars',
	counts: 'every row',
	fields: {
		year: { column: 'commitment_year', read: read.year(2000, 2021) },
		flowClass: { column: 'flow_class', read: read.oneOf(FLOW_CLASS) },
		usd: { column: 'commitments_bn', read: read.billions }
	}
};

export const projectsMapping: TableMapping<{
	id: string;
	recommended: boolean;
	year: number;
	agency: string;
	recipient: string;
	recipientName: string;
	region: string;
	title: string;
	description: string;
	status: string;
	flow: string;
	flowClass: FlowClass;
	amount: number;
	currency: string;
	usd2014: number;
	usdCurrent: number;
	sector: string;
}> = {
	table: TABLE_IDS.projects,
	record: 'one project, its description the text a reader can check',
	measure: 'commitments',
	dollars: 'constant-2014',
	unit: 'US dollars',
	counts: 'projects with recommended_for_research True, as in AidData\'s own totals; every project is listed',
	fields: {
		id: { column: 'project_id', read: read.text },
		recommended: { column: 'recommended_for_research', read: read.bool },
		year: { column: 'year', read: read.year(2000, 2014) },
		agency: { column: 'funding_agency', read: read.text, empty: 'keep' },
		// Several recipients ("RWA; Africa, regional; AGO") or a region: the project has no single country.
		recipient: { column: 'recipient_iso3', read: read.iso3, empty: 'listed' },
		recipientName: { column: 'recipient_condensed', read: read.text, empty: 'keep' },
		region: { column: 'recipient_region', read: read.text, empty: 'keep' },
		title: { column: 'title', read: read.text },
		description: { column: 'description', read: read.text, empty: 'keep' },
		status: { column: 'status', read: read.text, empty: 'keep' },
		flow: { column: 'flow', read: read.text, empty: 'keep' },
		flowClass: { column: 'flow_class', read: read.oneOf(FLOW_CLASS) },
		amount: { column: 'amount', read: read.usd, empty: 'keep' },
		currency: { column: 'currency', read: read.text, empty: 'keep' },
		usd2014: { column: 'usd_defl_2014', read: read.usd, empty: 'listed' },
		usdCurrent: { column: 'usd_current', read: read.usd, empty: 'listed' },
		sector: { column: 'crs_sector_name', read: read.text, empty: 'keep' }
	}
};

/**
 * World Bank names that the ISO list does not read as written, and the aggregates, which are
 * groups of countries rather than a debtor.
 */
export const WORLD_BANK_NAMES: Readonly<Record<string, string>> = {
	'Cabo Verde': 'CPV',
	'Congo, Dem. Rep.': 'COD',
	'Congo, Rep.': 'COG',
	'Egypt, Arab Rep.': 'EGY',
	'Gambia, The': 'GMB',
	'Somalia, Fed. Rep.': 'SOM'
};
export const WORLD_BANK_AGGREGATES = ['Africa (excluding high income)', 'Sub-Saharan Africa (excluding high income)'] as const;

const CREDITOR: Record<string, Creditor> = {
	'China (bilateral)': 'china-bilateral',
	'China (private)': 'china-private',
	'Other creditors': 'other'
};

export const debtMapping = (debtorCode: (name: string) => string | null | undefined): TableMapping<{
	debtor: string;
	debtorName: string;
	year: number;
	creditor: Creditor;
	usd: number;
}> => ({
	table: TABLE_IDS.debt,
	record: 'debt owed at the end of a year by one debtor (or an aggregate) to one creditor group',
	measure: 'debt-stock',
	dollars: 'current',
	unit: 'US dollars',
	counts: 'every row; aggregates are kept apart from countries',
	fields: {
		debtor: {
			column: 'debtor_name',
			read: (s) => {
				const code = debtorCode(s);
				// null: a declared aggregate, read as no single country.
				if (code === null) return { ok: true, value: '' };
				return code ? { ok: true, value: code } : { ok: false, reason: `"${s}" is neither a country the ISO list or the declared World Bank names know, nor a declared aggregate` };
			}
		},
		debtorName: { column: 'debtor_name', read: read.text },
		year: { column: 'year', read: read.year(2000, 2024) },
		creditor: { column: 'creditor', read: read.oneOf(CREDITOR) },
		usd: { column: 'value', read: read.usd }
	}
});
