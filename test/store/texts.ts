/** Article texts and a fixed clock shared by the store tests of both engines. */
export const SUMMIT = 'Putin met Trump in Alaska on Friday. "We had a productive meeting," he said.';
export const SANCTIONS = 'The European Union agreed new sanctions against Russian banks on Tuesday.';
export const WEATHER = "Heavy rain is expected across the country's south-west, forecasters said.";
export const NOW = (): Date => new Date('2025-08-20T12:00:00Z');
