import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

/** What a section of the deal card is given by the card. */
export interface DealSectionProps {
  dealId: string;
  /** The deal's version as the card has it: a section reloads what it shows when it changes. */
  version: number;
  /** The deal is open and the person may change it. */
  editable: boolean;
}

/**
 * A part of the deal card drawn by another module (the catalogue's products), so the conveyor
 * shows it without importing that module (no back-edge): modules declare sections on their
 * WebModule, the shell hands them down here, the card draws them in order.
 */
export interface DealSection {
  key: string;
  order: number;
  component: ComponentType<DealSectionProps>;
}

const DealSectionsContext = createContext<readonly DealSection[]>([]);

export function DealSectionsProvider({
  sections,
  children,
}: {
  sections: readonly DealSection[];
  children: ReactNode;
}) {
  return <DealSectionsContext.Provider value={sections}>{children}</DealSectionsContext.Provider>;
}

/** The sections other modules add to the deal card, in their order. */
export function useDealSections(): readonly DealSection[] {
  return useContext(DealSectionsContext);
}
