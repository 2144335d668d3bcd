import { EN, type Translator } from '../../i18n/translator';
import type { PlanFacts } from '../../queries/briefing';

const LEVELS = [
  'no_consultation',
  'inform',
  'consult',
  'involve',
  'collaborate',
  'empower',
] as const;
const isLevel = (v: string): v is (typeof LEVELS)[number] =>
  (LEVELS as readonly string[]).includes(v);

/** True when the action-plans file gave any co-creation fact for the plan. */
export function hasCoCreation(p: PlanFacts): boolean {
  return [
    p.influence_development,
    p.influence_implementation,
    p.participation,
    p.forum,
    p.minimum_requirement_met,
    p.participating_groups,
    p.public_meetings,
  ].some((v) => v !== null);
}

/** "involve → collaborate; open; forum: yes; minimum met: yes; 7 groups, 23 meetings". */
export function coCreationText(p: PlanFacts, tr: Translator = EN): string {
  if (!hasCoCreation(p)) return tr.t('member.cc_none');
  const level = (v: string | null) => (v ? (isLevel(v) ? tr.t(`member.level_${v}`) : v) : '?');
  const influence = p.influence_development !== null || p.influence_implementation !== null;
  const parts = [
    influence &&
      tr.t('member.cc_influence', {
        development: level(p.influence_development),
        implementation: level(p.influence_implementation),
      }),
    p.participation && tr.t('member.cc_participation', { value: p.participation }),
    p.forum && tr.t('member.cc_forum', { value: p.forum }),
    p.minimum_requirement_met && tr.t('member.cc_minimum', { value: p.minimum_requirement_met }),
    p.participating_groups !== null &&
      tr.t('member.cc_groups', { count: String(p.participating_groups) }),
    p.public_meetings !== null && tr.t('member.cc_meetings', { count: String(p.public_meetings) }),
  ];
  return parts.filter(Boolean).join('; ');
}
