/**
 * Bundle figures: the JavaScript the browser actually fetched for the first load of `/`, each file
 * gzipped from dist/client at level 9 (what a compressing proxy would send), and the size of
 * everything under dist/client/assets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Row } from './table'

export const CLIENT_DIR = 'dist/client'
/** A map or boundary chunk loaded after the page is usable is not part of the first-load budget. */
const LAZY_MAP = /(map|geo|boundar|leaflet|topojson)/i

const label = (s: { path: string; gzip: number }) =>
  `${s.path.replace('/assets/', '')} ${(s.gzip / 1024).toFixed(0)}`

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

export function bundleRows(scriptUrls: string[], styleUrls: string[]): Row[] {
  const files = (urls: string[]) =>
    [...new Set(urls.map((u) => new URL(u).pathname))].map((path) => ({
      path,
      gzip: gz(join(CLIENT_DIR, path)),
    }))
  const scripts = files(scriptUrls)
  const counted = scripts.filter((s) => !LAZY_MAP.test(s.path))
  const excluded = scripts.filter((s) => LAZY_MAP.test(s.path))
  const total = counted.reduce((sum, s) => sum + s.gzip, 0) / 1024
  const biggest = [...counted]
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 4)
    .map(label)
    .join(', ')
  const css = files(styleUrls).reduce((sum, s) => sum + s.gzip, 0) / 1024

  let assetsBytes = 0
  let assetsGzip = 0
  const assetsDir = join(CLIENT_DIR, 'assets')
  const assets = readdirSync(assetsDir)
  for (const name of assets) {
    assetsBytes += statSync(join(assetsDir, name)).size
    assetsGzip += gz(join(assetsDir, name))
  }
  return [
    {
      section: 'bundle',
      name: 'first-load JS of / (gzip -9)',
      value: total,
      unit: 'KB',
      target: { max: 250, on: 'median' },
      detail:
        `${counted.length} files; biggest KB: ${biggest}` +
        (excluded.length
          ? `; not counted (lazy map chunks), KB: ${excluded.map(label).join(', ')}`
          : ''),
      extra: { files: counted.length },
    },
    {
      section: 'bundle',
      name: 'first-load CSS of / (gzip -9)',
      value: css,
      unit: 'KB',
    },
    {
      section: 'bundle',
      name: 'dist/client/assets, all files',
      value: assetsBytes / 1024,
      unit: 'KB',
      detail: `${assets.length} files; ${(assetsGzip / 1024).toFixed(0)} KB gzipped`,
      extra: { gzipKb: assetsGzip / 1024 },
    },
  ]
}
