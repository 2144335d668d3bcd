import type { PlanFacts } from '../../queries/briefing';

const LEVEL: Record<string, string> = {
  no_consultation: 'no consultation',
  inform: 'inform',
  consult: 'consult',
  involve: 'involve',
  collaborate: 'collaborate',
  empower: 'empower',
};

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
export function coCreationText(p: PlanFacts): string {
  if (!hasCoCreation(p)) return 'no co-creation facts in the data';
  const level = (v: string | null) => (v ? (LEVEL[v] ?? v) : '?');
  const influence = p.influence_development !== null || p.influence_implementation !== null;
  const parts = [
    influence &&
      `influence ${level(p.influence_development)} (development) / ${level(p.influence_implementation)} (implementation)`,
    p.participation && `${p.participation} participation`,
    p.forum && `forum: ${p.forum}`,
    p.minimum_requirement_met && `minimum requirement met: ${p.minimum_requirement_met}`,
    p.participating_groups !== null && `${p.participating_groups} participating groups`,
    p.public_meetings !== null && `${p.public_meetings} public meetings`,
  ];
  return parts.filter(Boolean).join('; ');
}
