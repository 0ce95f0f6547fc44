import { ActionIcon, type ActionIconProps } from '@mantine/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deal } from '../api/types.ts';

export interface CardMenuProps {
  deal: Deal;
  onLose: (deal: Deal) => void;
  onWin?: (deal: Deal) => void;
  locked: boolean;
}

/**
 * The "⋯" button of a card: the menu's target, and the whole of it until the menu's code is
 * there. Pressing it does not start a drag, nor do its keys move the card.
 */
export const CardMenuButton = forwardRef<
  HTMLButtonElement,
  { deal: Deal } & ActionIconProps & Omit<ComponentPropsWithoutRef<'button'>, 'color'>
>(function CardMenuButton({ deal, ...props }, ref) {
  const { t } = useTranslation();
  return (
    <ActionIcon
      ref={ref}
      variant="subtle"
      color="gray"
      size="sm"
      aria-label={t('board.actions', { title: deal.title })}
      onPointerDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.stopPropagation()}
      {...props}
    >
      ⋯
    </ActionIcon>
  );
});
