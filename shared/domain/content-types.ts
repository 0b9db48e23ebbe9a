// Content types written in several places, each once: a string repeated costs its bytes again in
// the API function's bundle, which has a size budget (infra/cdk/api-bundle-size.mts).
export const PDF_TYPE = 'application/pdf';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const JSON_TYPE = 'application/json; charset=utf-8';
