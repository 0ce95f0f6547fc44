import { Menu } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

import { CardMenuButton, type CardMenuProps } from './card-menu-button.tsx';

/** A card's "⋯" menu: open, win, lose. Loaded after the first cards are drawn (deal-card.tsx). */
export function CardMenu({ deal, onLose, onWin, locked }: CardMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <CardMenuButton deal={deal} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={() => void navigate({ to: '/deals/$dealId', params: { dealId: deal.id } })}
        >
          {t('board.open')}
        </Menu.Item>
        {onWin && (
          <Menu.Item color="teal" disabled={locked} onClick={() => onWin(deal)}>
            {t('board.win')}
          </Menu.Item>
        )}
        <Menu.Item color="red" disabled={locked} onClick={() => onLose(deal)}>
          {t('board.lose')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
