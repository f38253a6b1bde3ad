// How each benchmark script ends: the exit code `main` returns (0 by default), or its error
// described on stderr and exit code 1.
import { describeError } from '../load/errors.ts';

export function runMain(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (err: unknown) => {
      console.error(describeError(err));
      process.exit(1);
    },
  );
}
