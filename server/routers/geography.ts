import { geographyTree, listAreas } from '../../shared/engine'
import { publicProcedure, router } from '../trpc'

export const geographyRouter = router({
  tree: publicProcedure.query(({ ctx }) => geographyTree(ctx.store.current())),
  areas: publicProcedure.query(({ ctx }) => listAreas(ctx.store.current())),
})
