export interface ManifestCheckOptions {
  /** Where the icons live; default: assets/ beside the manifest. */
  assetsDir?: string;
}

/** Checks the manifest file offline; resolves to the problems found, empty when it is fine. */
export declare function checkManifest(manifestPath: string, options?: ManifestCheckOptions): Promise<string[]>;

/** Checks manifest XML text offline; resolves to the problems found, empty when it is fine. */
export declare function checkManifestXml(xml: string, options: { assetsDir: string }): Promise<string[]>;

/** Width and height from a PNG's IHDR chunk; throws when the file is missing or not a PNG. */
export declare function readPngSize(file: string): { width: number; height: number };
