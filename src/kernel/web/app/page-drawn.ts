/**
 * The moment the page in the address has drawn what a person came for (the board: its first
 * cards). What the first view does not need — menus, dialogs, drag and drop, the strings of other
 * pages — loads after it, not before (ADR 032), so it neither delays the first view nor counts
 * towards its requests.
 */
let markDrawn: () => void = () => undefined;
const drawn = new Promise<void>((resolve) => {
  markDrawn = resolve;
});

/** Says the page has drawn its first view; later calls do nothing. */
export function markPageDrawn(): void {
  markDrawn();
}

/** Resolves once the page has drawn its first view, after the browser has painted it. */
export function afterPageDrawn(): Promise<void> {
  return drawn.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
