/**
 * Runs a command-line entry point: its return value is the exit code, and a thrown error prints its message
 * only (no stack trace, which could quote file content) and exits 1.
 */
export function runCli(main: (args: string[]) => Promise<number>) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
