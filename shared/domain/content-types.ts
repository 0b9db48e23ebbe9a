// Content types written once: evidence, plan uploads, the generated documents, the public page and
// the API's answers name them (the API bundle carried up to five copies of each).
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** JSON in UTF-8 (RFC 8259 §8.1): the API's answers and the generations' report.json and manifest.json. */
export const JSON_TYPE = 'application/json; charset=utf-8';
