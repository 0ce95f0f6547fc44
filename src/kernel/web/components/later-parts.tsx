// Mantine's floating and dialog components, one file of the build loaded after the first view
// (later.tsx): what positions a tooltip, a menu or a list (floating-ui) and what traps the focus
// of a dialog are not needed to draw a page.
export { Modal, Select, Tooltip } from '@mantine/core';
