import type { ComponentType } from 'react';
import type { Tab } from '../state/view-url';
import { DataView } from '../views/data/DataView';
import { MethodologyView } from '../views/methodology/MethodologyView';
import { OverviewView } from '../views/overview/OverviewView';
import { CompareView } from '../views/compare/CompareView';
import { TrendsView } from '../views/trends/TrendsView';
import { CommitmentView } from '../views/commitment/CommitmentView';
import { ExploreView } from '../views/explore/ExploreView';
import { BriefingView } from '../views/member/BriefingView';
import { PlansView } from '../views/plans/PlansView';
import { SqlView } from '../views/sql/SqlView';

export interface RouteEntry {
  label: string;
  component: ComponentType;
  /** Shown in the navigation (detail views are reached from other views). */
  nav: boolean;
}

/**
 * Every view the app renders. A view registers itself here with one line; the navigation and
 * the router both read this table. Views: src/views/<tab>/.
 */
export const ROUTES: Partial<Record<Tab, RouteEntry>> = {
  overview: { label: 'Overview', component: OverviewView, nav: true },
  explore: { label: 'Explore', component: ExploreView, nav: true },
  commitment: { label: 'Commitment', component: CommitmentView, nav: false },
  member: { label: 'Member briefing', component: BriefingView, nav: false },
  plans: { label: 'Action plans', component: PlansView, nav: true },
  sql: { label: 'SQL', component: SqlView, nav: true },
  compare: { label: 'Compare', component: CompareView, nav: true },
  trends: { label: 'Trends', component: TrendsView, nav: true },
  // (views register here)
  data: { label: 'Data', component: DataView, nav: true },
  methodology: { label: 'Methodology', component: MethodologyView, nav: true },
};

export const NAV_ORDER: Tab[] = [
  'overview',
  'compare',
  'trends',
  'explore',
  'plans',
  'sql',
  'data',
  'methodology',
];
