export { catalogueWeb } from './routes.tsx';
