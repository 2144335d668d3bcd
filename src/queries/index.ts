export {
  summarize,
  summaryQuery,
  DIMS,
  type Dim,
  type SummaryGroup,
  type SummaryQueryOptions,
} from './summarize';
export { listIssues, currentDataset } from './issues';
export { whereClause, type Filters } from './filters';
