export declare const RESERVE_CSS: string[];
export declare function embedSnippet(options: {
  script: string;
  attributes?: string[];
  fallback: string;
}): string;
