/**
 * DownloadLinks: "Download CSV" (the main table), "Download all tables (ZIP of CSVs)" (every table
 * with a datapackage.json) and "Download Excel (XLSX)" as plain download links styled as NHS
 * secondary buttons. Plain links (not fetch) so the browser handles the file and the server's file
 * name; hidden when printing, where they mean nothing.
 *
 *   <DownloadLinks what="this area's figures" href={(format) => areaExportHref(code, format)} />
 */
import { EXPORT_FORMATS, type ExportFormat } from '../lib/data-import'

interface DownloadLinksProps {
  /** Said after the button text for screen readers: "Download CSV of this area's figures". */
  what: string
  href: (format: ExportFormat) => string
}

export function DownloadLinks({ what, href }: DownloadLinksProps) {
  return (
    <div className="app-download-links app-no-print">
      {EXPORT_FORMATS.map(({ format, label }) => (
        <a
          key={format}
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-download-links__link"
          href={href(format)}
          download
        >
          {label}
          <span className="nhsuk-u-visually-hidden"> of {what}</span>
        </a>
      ))}
    </div>
  )
}
