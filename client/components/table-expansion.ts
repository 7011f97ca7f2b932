/**
 * Whether chart cards show their data tables open rather than under "Show data table". The board
 * pack sets it, so the same chart components print (and read on screen) with every table laid out.
 */
import { createContext } from 'react'

export const TablesExpandedContext = createContext(false)
