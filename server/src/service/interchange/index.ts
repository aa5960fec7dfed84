/** Interchange (docs/format.md, exchanging annotations): exports, imports, agreement and corpus statistics, all pure. */
export * from './model';
export {
	EXPORT_FORMATS,
	IMPORT_FORMAT_LABELS,
	exportCollection,
	type CollectionExport,
	type ExportFormatInfo,
} from './formats';
export { importBrat } from './bratImport';
export { importConll } from './conllImport';
export { importDoccano } from './doccanoImport';
export { importProdigy } from './prodigyImport';
export { writeNews, type WrittenNews } from './writeNews';
export {
	compareAnnotations,
	type AgreementPair,
	type AgreementReport,
	type Disagreement,
	type TypeScore,
} from './agreement';
export { agreementMarkdown, agreementText, type Locate } from './agreementReport';
export { corpusStats, statsText, type CorpusStats, type StatsInput } from './stats';
export { summarizeLosses, detailedLosses, positionAt } from './losses';
export type { Token } from './tokens';
