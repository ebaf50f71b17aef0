import type { BuildOptions } from 'esbuild';

export declare const root: string;
export declare const targets: Record<'main' | 'preload' | 'web' | 'cli', BuildOptions>;
