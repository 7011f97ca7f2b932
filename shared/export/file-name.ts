/**
 * 'coverage2030-area-E06000008-2026-11-23.csv': built on the server from checked parts only, so a
 * header cannot be split or a path smuggled in through a name.
 */
export type ExportExtension = 'csv' | 'xlsx' | 'zip'

export function exportFileName(stem: string, date: Date, extension: ExportExtension): string {
  const safeStem = stem.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 80)
  return `coverage2030-${safeStem}-${date.toISOString().slice(0, 10)}.${extension}`
}

/** RFC 6266 Content-Disposition with an ASCII filename and its RFC 5987 twin. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}
