import type { ReactNode } from 'react';
import { useView } from '../../hooks/app-context';
import { formatViewUrl } from '../../state/view-url';

interface CommitmentLinkProps {
  id: string;
  /** View parameters to carry (Explore's search and sort: "the current selection"). */
  params?: Record<string, string>;
  children?: ReactNode;
  testId?: string;
}

/** A real link (opens in a new tab too) to a commitment page; a plain click stays in the app. */
export function CommitmentLink({ id, params = {}, children, testId }: CommitmentLinkProps) {
  const { navigate, switches, filters, lang, decal } = useView();
  const href = formatViewUrl({ tab: 'commitment', id, lang, decal, switches, filters, params });
  return (
    <a
      href={href}
      data-testid={testId}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate({ tab: 'commitment', id, params });
        window.scrollTo(0, 0);
      }}
    >
      {children ?? id}
    </a>
  );
}
