import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type BaseProps = AnchorProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof AnchorProps> & {
    ref?: Ref<HTMLAnchorElement>;
  };

function MantineAnchor(props: BaseProps) {
  return <Anchor {...props} />;
}

const RouterAnchor = createLink(MantineAnchor);

/** A Mantine anchor that navigates with the router, with typed `to` and `params`. */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => (
  <RouterAnchor preload="intent" {...props} />
);
