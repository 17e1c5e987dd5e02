export interface ManifestCheckOptions {
  /** Where the icons live; default: assets/ beside the manifest. */
  assetsDir?: string;
  /**
   * The text of a custom functions metadata file by its file name (functions.json, functions-zh-CN.json),
   * or undefined when there is none: each locale's metadata is checked against the default one.
   */
  metadata?: (fileName: string) => string | undefined;
}

/** Checks the manifest file offline; resolves to the problems found, empty when it is fine. */
export declare function checkManifest(manifestPath: string, options?: ManifestCheckOptions): Promise<string[]>;

/** Checks manifest XML text offline; resolves to the problems found, empty when it is fine. */
export declare function checkManifestXml(xml: string, options: { assetsDir: string } & Pick<ManifestCheckOptions, "metadata">): Promise<string[]>;

/** The problems of a locale's custom functions metadata against the default one; empty when it fits. */
export declare function compareMetadata(base: { functions: object[] }, localized: { functions: object[] }, locale: string): string[];

/** Width and height from a PNG's IHDR chunk; throws when the file is missing or not a PNG. */
export declare function readPngSize(file: string): { width: number; height: number };

/** A ribbon button as a person meets it: words by locale ("default" for the default value) and the URL it opens. */
export interface RibbonButton {
  id: string;
  label: Record<string, string>;
  tip: Record<string, string>;
  url: string | undefined;
  /** The URL of its icon by size ("16", "32", "80"). */
  icons: Record<string, string>;
}

/** The ribbon's buttons of a manifest, in the order they appear. */
export declare function ribbonButtons(xml: string): Promise<RibbonButton[]>;
