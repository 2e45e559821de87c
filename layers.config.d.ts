// Types of layers.config.js, which ESLint reads as plain JavaScript and the tests import.
export declare const LAYERS: readonly string[];
export declare function layerBoundaries(common: { paths: unknown[]; patterns: unknown[] }): object[];
