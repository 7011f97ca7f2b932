import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSeed } from '../seed-build/build'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const sharedDir = resolve(repoRoot, process.env.SHARED_DIR ?? '../shared')
const outDir = join(repoRoot, 'db', 'seed-data')

const files = buildSeed(sharedDir)
mkdirSync(outDir, { recursive: true })
// Stale files from an older layout would otherwise linger in the commit.
for (const name of readdirSync(outDir)) if (!files.has(name)) rmSync(join(outDir, name))
let total = 0
for (const [name, text] of files) {
  writeFileSync(join(outDir, name), text)
  total += statSync(join(outDir, name)).size
}
const manifest = JSON.parse(files.get('manifest.json')!) as { dataVersion: string }
console.log(
  `Seed ${manifest.dataVersion}: ${files.size} files, ${(total / 1024).toFixed(0)} KiB in ${outDir} (from ${sharedDir})`,
)
