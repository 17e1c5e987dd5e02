export declare const DEV_URL: "https://localhost:3000";

export type AddinUrl = { url: string; warning?: string; error?: undefined } | { error: string; url?: undefined };

export declare function resolveAddinUrl(env: Record<string, string | undefined>): AddinUrl;

export declare function rewriteManifestUrls(xml: string, baseUrl: string): string;
