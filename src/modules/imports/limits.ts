/** How big an uploaded file may be. Shared by the upload route, the form and the messages. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
export const MAX_UPLOAD_MEGABYTES = MAX_UPLOAD_BYTES / (1024 * 1024);
/** Data rows (after the header, blank rows not counted). */
export const MAX_IMPORT_ROWS = 100_000;
/** Columns of one sheet. */
export const MAX_IMPORT_COLUMNS = 200;
/** One cell's text. */
export const MAX_CELL_LENGTH = 10_000;
