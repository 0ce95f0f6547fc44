export { validateReportSearch } from './reports/report-search.ts';
export { analyticsWeb } from './routes.tsx';
