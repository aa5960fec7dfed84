export { createAttacheService, type AttacheService } from './service';
export type { AttacheHost, CancellationToken } from './host';
export { noCancellation } from './host';
export { DiagnosticCode } from './diagnosticCodes';
export { parseNews } from './parse/document';
export type { NewsDocument, Annotation, Header } from './parse/model';
export type { ExportedArticle, ExportedAnnotation } from './export/json';
