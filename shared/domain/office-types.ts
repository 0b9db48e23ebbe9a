// The Office formats' content types, written once: evidence, plan uploads, the generated documents
// and the public page name them (the API bundle carried five copies of each).
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
