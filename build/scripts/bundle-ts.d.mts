export declare function scratchDir(name: string): string;
export declare function bundleTs(entry: string, outfile: string): Promise<string>;
