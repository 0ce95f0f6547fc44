// The search module's surface in the browser: the header's search box (the shell places it).
export { GlobalSearch } from './global-search.tsx';
