export { SatelliteCalculator } from './satellite-calculator'
