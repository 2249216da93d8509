import { ensurePagesBuilt } from './pagesBuild.ts';

/** `npm start`'s first step (`prestart`): build the pages when missing or stale, then exit. */
ensurePagesBuilt((line) => process.stderr.write(`${line}\n`)).catch((error: unknown) => {
  process.stderr.write(
    `Could not build the pages: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
