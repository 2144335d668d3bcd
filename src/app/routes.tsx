import { lazy, type ComponentType } from 'react';
import type { Tab } from '../state/view-url';
import type { MessageId } from '../i18n';
import { OverviewView } from '../views/overview/OverviewView';

/**
 * A view in its own chunk, fetched the first time it is shown (App wraps views in Suspense).
 * The overview is the landing view and stays in the main chunk: its first chart must not wait.
 */
function lazyView<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  return lazy(() => load().then((m): { default: ComponentType } => ({ default: m[name] })));
}

const DataView = lazyView(() => import('../views/data/DataView'), 'DataView');
const MethodologyView = lazyView(
  () => import('../views/methodology/MethodologyView'),
  'MethodologyView',
);
const CompareView = lazyView(() => import('../views/compare/CompareView'), 'CompareView');
const TrendsView = lazyView(() => import('../views/trends/TrendsView'), 'TrendsView');
const CommitmentView = lazyView(
  () => import('../views/commitment/CommitmentView'),
  'CommitmentView',
);
const ExploreView = lazyView(() => import('../views/explore/ExploreView'), 'ExploreView');
const BriefingView = lazyView(() => import('../views/member/BriefingView'), 'BriefingView');
const PlansView = lazyView(() => import('../views/plans/PlansView'), 'PlansView');
const SqlView = lazyView(() => import('../views/sql/SqlView'), 'SqlView');
const ImportView = lazyView(() => import('../views/import/ImportView'), 'ImportView');

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
