// Types for scripts/translation-rules.mjs, so the TypeScript tests can import it.
export function placeholderProblems(source: string, target: string): string[];
export function unisolatedPlaceholders(source: string): string[];
export function rtlProblems(target: string): string[];
export function zhProblems(target: string): string[];
export function glossaryProblems(locale: string, target: string): string[];
export function unitProblems(locale: string, source: string, target: string): string[];
