import type { ComponentType } from 'react';
import type { Tab } from '../state/view-url';
import type { MessageId } from '../i18n';
import { DataView } from '../views/data/DataView';
import { ImportView } from '../views/import/ImportView';
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
  /** The tab's name in the navigation, a message id. */
  label: MessageId;
  component: ComponentType;
  /** Shown in the navigation (detail views are reached from other views). */
  nav: boolean;
}

/**
 * Every view the app renders. A view registers itself here with one line; the navigation and
 * the router both read this table. Views: src/views/<tab>/.
 */
export const ROUTES: Partial<Record<Tab, RouteEntry>> = {
  overview: { label: 'common.tab_overview', component: OverviewView, nav: true },
  explore: { label: 'common.tab_explore', component: ExploreView, nav: true },
  commitment: { label: 'common.tab_commitment', component: CommitmentView, nav: false },
  member: { label: 'common.tab_member', component: BriefingView, nav: false },
  plans: { label: 'common.tab_plans', component: PlansView, nav: true },
  sql: { label: 'common.tab_sql', component: SqlView, nav: true },
  compare: { label: 'common.tab_compare', component: CompareView, nav: true },
  trends: { label: 'common.tab_trends', component: TrendsView, nav: true },
  // (views register here)
  data: { label: 'common.tab_data', component: DataView, nav: true },
  import: { label: 'pageImport.tab', component: ImportView, nav: true },
  methodology: { label: 'common.tab_methodology', component: MethodologyView, nav: true },
};

export const NAV_ORDER: Tab[] = [
  'overview',
  'compare',
  'trends',
  'explore',
  'plans',
  'sql',
  'data',
  'import',
  'methodology',
];
