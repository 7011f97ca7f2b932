/**
 * The app: providers and routes. Pages are lazy-loaded so each route downloads only its own code
 * (recharts goes with the pages that draw charts). To add a page: create it under pages/ with a
 * default export, add a lazy import and a <Route> below, and a link in components/site-header.tsx.
 */
import { QueryClientProvider } from '@tanstack/react-query'
import { lazy } from 'react'
import { BrowserRouter, Route, Routes } from 'react-router'
import { Layout } from './components/layout'
import { queryClient } from './trpc'

const SummaryPage = lazy(() => import('./pages/summary-page'))
const AreaPage = lazy(() => import('./pages/area-page'))
const TeamsPage = lazy(() => import('./pages/teams-page'))
const SourcesPage = lazy(() => import('./pages/sources-page'))
const NotFoundPage = lazy(() => import('./pages/not-found-page'))
const ScenariosPage = lazy(() => import('./pages/scenarios-page'))
const ScenarioBuilderPage = lazy(() => import('./pages/scenario-builder/scenario-builder-page'))
const SavedScenarioPage = lazy(() => import('./pages/saved-scenario/saved-scenario-page'))
const ComparePage = lazy(() => import('./pages/compare/compare-page'))
const LeastCostPage = lazy(() => import('./pages/least-cost/least-cost-page'))
const SignInPage = lazy(() => import('./pages/sign-in-page'))
const ChangePasswordPage = lazy(() => import('./pages/change-password-page'))
const AuditPage = lazy(() => import('./pages/audit-page'))
const DataPage = lazy(() => import('./pages/data-versions/data-page'))
const BoardPackPage = lazy(() => import('./pages/board-pack/board-pack-page'))
const CompareBoardPackPage = lazy(() => import('./pages/board-pack/compare-board-pack-page'))

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<SummaryPage />} />
        <Route path="area/:code" element={<AreaPage />} />
        <Route path="teams" element={<TeamsPage />} />
        <Route path="sources" element={<SourcesPage />} />
        <Route path="scenarios" element={<ScenariosPage />} />
        <Route path="scenarios/new" element={<ScenarioBuilderPage />} />
        <Route path="scenarios/:id" element={<SavedScenarioPage />} />
        <Route path="scenarios/:id/board-pack" element={<BoardPackPage />} />
        <Route path="compare" element={<ComparePage />} />
        <Route path="plan" element={<LeastCostPage />} />
        <Route path="compare/board-pack" element={<CompareBoardPackPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="change-password" element={<ChangePasswordPage />} />
        <Route path="admin/audit" element={<AuditPage />} />
        <Route path="data" element={<DataPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  )
}
