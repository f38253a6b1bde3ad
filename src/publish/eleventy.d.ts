// Types for the parts of Eleventy and its dev server that Newsline uses (neither ships its own).

declare module '@11ty/eleventy' {
  /** The configuration API handed to a config file or callback (a subset). */
  export interface EleventyConfig {
    /** Global data added so far (by a programmatic build's `config` callback, for one). */
    globalData: Record<string, unknown>;
    addGlobalData(key: string, value: unknown): EleventyConfig;
    /** A template that is not a file (the benchmark's baseline layout). */
    addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
    setTemplateFormats(formats: string | string[]): void;
    addExtension(
      extensions: string | string[],
      options: {
        key: string;
        getData?: boolean | string[];
        getInstanceFromInputPath?: (inputPath: string) => Promise<unknown>;
        compile?: (content: unknown, inputPath: string) => (data: unknown) => unknown;
      },
    ): void;
    addTemplateFormats(formats: string | string[]): void;
    addPassthroughCopy(copy: string | Record<string, string>): EleventyConfig;
    addWatchTarget(path: string): void;
    setServerOptions(options: Record<string, unknown>): void;
    /** After each build, including each rebuild of `--serve`/`--watch`. */
    on(
      event: 'eleventy.after',
      handler: (event: { directories: { output: string }; runMode: 'build' | 'serve' | 'watch' }) => Promise<void> | void,
    ): void;
  }

  export interface EleventyOptions {
    /** A config file to import; `false`: none (the `config` callback configures the run). */
    configPath?: string | false;
    quietMode?: boolean;
    pathPrefix?: string;
    /** Runs before the config file, with the same API. */
    config?: (config: EleventyConfig) => void | Promise<void>;
  }

  export interface TemplateResult {
    inputPath: string;
    outputPath: string | false;
    url: string | false;
  }

  export interface ConsoleLike {
    log(message: string): void;
    warn(message: string): void;
    error(message: string): void;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    logger: { overrideLogger(logger: ConsoleLike | false): void };
    /** Resolves to [passthrough copies, written templates]. */
    write(): Promise<[unknown[], TemplateResult[]]>;
  }
}

declare module '@11ty/eleventy-dev-server' {
  export interface DevServerOptions {
    port?: number;
    pathPrefix?: string;
    domDiff?: boolean;
    liveReload?: boolean;
    showVersion?: boolean;
  }
  /** Eleventy's development server: serves a directory and reloads open pages on `reload()`. */
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    reload(event?: { files?: string[] }): void;
    close(): Promise<void>;
  }
}
