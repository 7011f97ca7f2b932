import type { RequestHandler } from 'express'

/**
 * Cross-site request forgery defence for /trpc (reliability note H5, T10). A browser sends a
 * cross-origin `application/json` POST only after a CORS preflight, which this server never
 * grants, so requiring that content type stops forms (urlencoded, multipart — which tRPC would
 * otherwise accept — and text/plain). A present Origin must also be this site's own or listed
 * in ALLOWED_ORIGINS. Runs before any body is read, so a refused request writes nothing.
 * GET stays open: queries have no side effects and tRPC refuses mutations over GET.
 */
export function csrfGuard(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins)
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next()
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    if (type !== 'application/json') {
      res.status(415).json({
        error: { message: 'Changes must be sent as JSON (Content-Type: application/json).' },
      })
      return
    }
    const origin = req.headers.origin
    if (origin !== undefined) {
      const own = `${req.protocol}://${req.get('host') ?? ''}`
      if (origin !== own && !allowed.has(origin)) {
        res.status(403).json({ error: { message: 'This request came from another site.' } })
        return
      }
    }
    next()
  }
}
