import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Database } from '../db/database.js';
import { badUserInput } from '../errors.js';
import type { Logger } from '../logger.js';
import { exportParams, isExportFormat, isExportKind } from './export-kinds.js';
import { CONTENT_TYPES, writeExport } from './export-format.js';
import { exportRows } from './export-rows.js';

/**
 * `GET /export/<kind>.<format>?<filter>=<value>&...`, e.g.
 * `/export/commitments.csv?municipality=GM0505&status=OVERDUE`: every matching row, streamed.
 * Kinds: commitments, requests, decisions, agreements; formats: csv, ndjson; filters: those of
 * the API's filter input of the kind, by the same names.
 *
 * A plain Node `(req, res)` handler, to mount on any HTTP server or framework. It answers
 * requests under `/export/` and calls `next` (when given) for any other path. A bad kind, format
 * or filter is 400 with `{ code: 'BAD_USER_INPUT', argument, message }` before any byte of the
 * export; a failure mid-stream ends the response early (the status line is already sent).
 */
export type ExportHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

const PATH = /^\/export\/([a-z]+)\.([a-z]+)$/;

export function createExportHandler(db: Database, logger: Logger): ExportHandler {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = PATH.exec(url.pathname);
    if (!url.pathname.startsWith('/export/')) {
      if (next !== undefined) next();
      else sendJson(res, 404, { code: 'NOT_FOUND', message: `no such path: ${url.pathname}` });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'exports are read with GET' });
      return;
    }
    const kind = match?.[1] ?? '';
    const format = match?.[2] ?? '';
    let params: Record<string, unknown>;
    try {
      if (!isExportKind(kind)) throw badUserInput('kind', `'${kind}' is not an export; use commitments, requests, decisions or agreements`);
      if (!isExportFormat(format)) throw badUserInput('format', `'${format}' is not a format; use csv or ndjson`);
      params = exportParams(kind, Object.fromEntries(url.searchParams.entries()));
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        sendJson(res, 400, { code: 'BAD_USER_INPUT', argument: error.extensions.argument, message: error.message });
        return;
      }
      throw error;
    }
    if (!isExportKind(kind) || !isExportFormat(format)) return;
    res.statusCode = 200;
    res.setHeader('content-type', CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="${kind}.${format}"`);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    writeExport(exportRows(db, kind, params), kind, format, res).catch((error: unknown) => {
      logger.error({ err: error, path: url.pathname }, 'export failed mid-stream');
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  };
}

function sendJson(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
