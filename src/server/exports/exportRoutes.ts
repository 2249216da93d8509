import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import cors from 'cors';
import { Router, type Request, type Response } from 'express';
import type { Config } from '../../config.ts';
import {
  exportClaims,
  exportedLabels,
  exportNodes,
  exportRows,
  exportSources,
  exportStatements,
  pages,
} from '../../data/exports.ts';
import { claimTypes } from '../../data/model.ts';
import { CypherExecutor, type DriverSource } from '../../db/cypher.ts';
import { isDatabaseUnavailable } from '../../db/unavailable.ts';
import type { Logger } from '../../logger.ts';
import type { Driver } from 'neo4j-driver';
import { requestSignal, requestTimeout } from '../httpGuards.ts';
import { claimsCsv, graphJsonLd, graphMl, type ExportInput } from './formats.ts';

/**
 * GET /export/claims.csv, /export/graph.jsonld and /export/graph.graphml: the whole graph with
 * its provenance for use outside GraphQL, streamed page by page and gzipped when the client
 * accepts it. The limits, masking and CORS rules of /graphql apply: a request's executor has
 * the same query timeout, row cap (an export larger than MAX_ROWS_PER_REQUEST is refused before
 * it starts), request timeout and cancellation; errors reach the log, never the client.
 */

const formats = {
  'claims.csv': { type: 'text/csv; charset=utf-8', write: claimsCsv },
  'graph.jsonld': { type: 'application/ld+json; charset=utf-8', write: graphJsonLd },
  'graph.graphml': { type: 'application/graphml+xml; charset=utf-8', write: graphMl },
} as const;
type FormatName = keyof typeof formats;
const formatNames = Object.keys(formats);
const isFormat = (name: string): name is FormatName => formatNames.includes(name);

const problem = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

function exportInput(cypher: CypherExecutor, sources: ExportInput['sources']): ExportInput {
  return {
    sources,
    statements: () =>
      pages(
        (after) => exportStatements(cypher, after),
        (s) => s.id,
      ),
    nodes: async function* () {
      for (const label of exportedLabels)
        yield* pages(
          (after) => exportNodes(cypher, label, after),
          (n) => n.id,
        );
    },
    claims: async function* () {
      for (const type of claimTypes)
        yield* pages(
          (after) => exportClaims(cypher, type, after),
          (c) => c.key,
        );
    },
  };
}

/**
 * A failed export: cut the connection when part of the file is sent (the client sees it short),
 * else answer 503 when the database is unavailable, 500 otherwise; nothing when the client left.
 */
function failedExport(
  error: unknown,
  at: { file: string; started: boolean; request: Request; response: Response; log: Logger; aborted: boolean },
): void {
  const { file, started, request, response, log } = at;
  if (response.headersSent || started) {
    if (!response.writableFinished) {
      // A client that leaves mid-file is ordinary (anyone can do it at will): not an error of ours.
      if (at.aborted) log.debug({ export: file }, 'export stopped: the client left');
      else log.error({ err: error, export: file }, 'export failed while streaming');
      request.socket.destroy();
    }
    return;
  }
  if (at.aborted) return;
  const unavailable = isDatabaseUnavailable(error);
  if (!unavailable) log.error({ err: error, export: file }, 'export failed');
  response
    .status(unavailable ? 503 : 500)
    .json(
      unavailable
        ? problem('The database is unavailable: retry shortly.', 'SERVICE_UNAVAILABLE')
        : problem('Internal server error', 'INTERNAL_SERVER_ERROR'),
    );
}

/** The headers of an export's answer, the same for GET and HEAD. */
function exportHeaders(request: Request, response: Response, file: FormatName): { gzip: boolean } {
  const gzip = request.acceptsEncodings('gzip') === 'gzip';
  response.status(200).type(formats[file].type);
  response.setHeader('Content-Disposition', `attachment; filename="${file}"`);
  response.setHeader('Vary', 'Accept-Encoding');
  if (gzip) response.setHeader('Content-Encoding', 'gzip');
  return { gzip };
}

const unknownExport = (file: string) =>
  problem(`No export named ${file}: use one of ${formatNames.join(', ')}.`, 'NOT_FOUND');

export function exportRoutes(config: Config, driver: Driver | DriverSource, log: Logger): Router {
  const router = Router();
  router.use(
    '/export',
    cors({
      origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false,
      methods: ['GET'],
      maxAge: 600,
    }),
    requestTimeout(config.http.requestTimeoutMs, log),
  );
  // HEAD says what a GET would send without reading the graph (Express would run the GET for it).
  router.head('/export/:file', (request: Request, response: Response) => {
    const file = String(request.params['file']);
    if (!isFormat(file)) {
      response.status(404).json(unknownExport(file));
      return;
    }
    exportHeaders(request, response, file);
    response.end();
  });
  router.get('/export/:file', async (request: Request, response: Response) => {
    const file = String(request.params['file']);
    if (!isFormat(file)) {
      response.status(404).json(unknownExport(file));
      return;
    }
    const signal = requestSignal(request);
    const cypher = new CypherExecutor(driver, {
      database: config.neo4j.database,
      timeoutMs: config.neo4j.queryTimeoutMs,
      maxRows: config.limits.maxRowsPerRequest,
      ...(signal ? { signal } : {}),
    });
    let started = false;
    try {
      const rows = await exportRows(cypher);
      if (rows > config.limits.maxRowsPerRequest) {
        response
          .status(400)
          .json(
            problem(
              `The export would read ${rows} rows, more than MAX_ROWS_PER_REQUEST (${config.limits.maxRowsPerRequest}) allows.`,
              'QUERY_TOO_COMPLEX',
            ),
          );
        return;
      }
      const sources = await exportSources(cypher);
      const { gzip } = exportHeaders(request, response, file);
      started = true;
      // Past its headers the request timeout no longer answers for the export, which streams as long
      // as its reader reads; a reader that takes nothing for EXPORT_STALL_TIMEOUT_MS is dropped, which
      // cancels the export's database work, so a stalled client cannot hold a connection and a session.
      response.setTimeout(config.http.exportStallTimeoutMs, () => request.socket.destroy());
      const body = Readable.from(formats[file].write(exportInput(cypher, sources)));
      await (gzip ? pipeline(body, createGzip(), response) : pipeline(body, response));
    } catch (error) {
      failedExport(error, { file, started, request, response, log, aborted: signal?.aborted === true });
    }
  });
  return router;
}
