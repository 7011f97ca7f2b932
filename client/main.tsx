/** Client entry: NHS styles, the app's own styles, and the React root. */
import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css'
import './app.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
document.body.classList.add('js-enabled')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
