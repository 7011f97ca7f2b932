/** Any address the app does not know. */
import { Link } from 'react-router'
import { useDocumentTitle } from '../lib/use-document-title'

export default function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <>
      <h1 className="nhsuk-heading-xl">Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        You can start again from the <Link to="/">UK summary</Link>, see the{' '}
        <Link to="/teams">teams register</Link> or use the search box to find an area.
      </p>
    </>
  )
}
