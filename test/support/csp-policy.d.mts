export declare const STRICT_CSP: string;
export declare const withStyleNonce: (policy: string, nonce: string) => string;
export declare const TEST_NONCE: string;
