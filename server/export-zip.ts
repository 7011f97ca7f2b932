import { strToU8, zipSync, type Zippable } from 'fflate'
import type { PackageFile } from '../shared/export'

/**
 * The package's files as one ZIP (deflate). Every entry is stamped with the export's own time,
 * so the same export made twice is byte-for-byte the same file.
 */
export function toZip(files: readonly PackageFile[], created: Date): Buffer {
  const entries: Zippable = {}
  for (const file of files) entries[file.path] = [strToU8(file.text), { mtime: created }]
  return Buffer.from(zipSync(entries, { level: 6 }))
}
