/** Sets the browser tab title for a page: "Lancashire and South Cumbria ICB – Coverage 2030". */
import { useEffect } from 'react'

export const SERVICE_NAME = 'Coverage 2030'

export function pageTitle(title: string | null | undefined): string {
  return title ? `${title} – ${SERVICE_NAME}` : SERVICE_NAME
}

export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = pageTitle(title)
  }, [title])
}
