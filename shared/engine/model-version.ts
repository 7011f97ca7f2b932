/** Bumped whenever a change to the engine can change a figure it returns. */
export const MODEL_VERSION = '1.0.0'
