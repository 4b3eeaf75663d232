import type { ExtraOutput } from '../writers/extras.ts';
import { ReportCollector } from './data.ts';
import { renderReportHtml } from './html.ts';

/** output/report.html: the run as a page to look at (timeline, charts, moves, quotes, diagnostics). */
export const reportHtmlOutput: ExtraOutput = {
  name: 'report.html',
  start() {
    const collector = new ReportCollector();
    return {
      add: (input) => collector.add(input),
      finish: (run, { counts }) => renderReportHtml({ run, counts }, collector.finish()),
    };
  },
};
