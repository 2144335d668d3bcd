import type { ReactNode } from 'react';
import { useView } from '../../hooks/app-context';
import { formatViewUrl } from '../../state/view-url';

/** A real link to a member's briefing (`#member/<member_id>`). */
export function MemberLink({ id, children }: { id: string; children?: ReactNode }) {
  const { navigate, switches, filters, lang, decal } = useView();
  const href = formatViewUrl({ tab: 'member', id, lang, decal, switches, filters, params: {} });
  return (
    <a
      href={href}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate({ tab: 'member', id, params: {} });
        window.scrollTo(0, 0);
      }}
    >
      {children ?? id}
    </a>
  );
}
