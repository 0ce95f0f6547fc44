// Where notices appear, loaded after the page's first view (ADR 032): nothing needs to show one
// before. `notifications.show` (the store) is in the shell; a notice shown meanwhile appears
// once this is drawn.
export { Notifications } from '@mantine/notifications';
