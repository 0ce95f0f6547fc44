import type { FastifyReply, FastifyRequest } from 'fastify';
import { readReader } from '../../identity/index.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import {
  sendReport,
  type ReportFormat,
  type ReportTable,
} from '../../../kernel/http/report-files.ts';
import type { Runner } from '../../../kernel/app/runner.ts';
import { EXPORT_WORDS, type ExportWords } from './presenters/export-words/index.ts';

/**
 * Answers with the report as JSON, or as a file of its table in the reader's language and the
 * workspace's currency (`?format=csv|xlsx`): who reads it is looked up only for a file.
 */
export async function sendReportIn<T>(
  runner: Runner,
  request: FastifyRequest,
  reply: FastifyReply,
  format: ReportFormat,
  name: string,
  period: { from: string; to: string },
  report: T,
  table: (report: T, words: ExportWords) => ReportTable,
): Promise<T | FastifyReply> {
  if (format === 'json') return report;
  const reader = await runner.read(readReader, {}, actorOf(request));
  const words = EXPORT_WORDS[reader.locale];
  return sendReport(reply, format, name, period, report, (r) => ({
    ...table(r, words),
    currency: reader.currency,
  }));
}
