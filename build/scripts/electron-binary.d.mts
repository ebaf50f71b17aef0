export declare function findElectronBinary(): string | null;
export declare const ELECTRON_MISSING_HELP: string;
