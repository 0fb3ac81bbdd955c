export declare const DEV_ORIGIN: string;
export declare function productionManifest(xml: string, publicUrl: string): string;
