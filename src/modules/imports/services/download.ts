/** Headers of a file download, with a file name that survives any script (RFC 6266). */
export const downloadHeaders = (fileName: string, contentType: string): HeadersInit => {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  };
};
