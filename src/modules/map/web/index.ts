export { ConfirmModal } from './map/confirm-modal.tsx';
export { mapWeb } from './routes.tsx';
