export { auditWeb } from './routes.tsx';
