import { describe, expect, it } from 'vitest';
import { briefingCyclesOption } from '../../src/charts/briefing-cycles.option';
import { briefingPipelineOption } from '../../src/charts/briefing-pipeline.option';
import { metricValue } from '../../src/metrics';
import type { PlanFacts } from '../../src/queries/briefing';
import { coCreationText, hasCoCreation } from '../../src/views/member/co-creation';

const plan = (over: Partial<PlanFacts> = {}): PlanFacts => ({
  plan_id: 'p',
  member_id: 'm',
  member: 'M',
  kind: 'local',
  region: 'Americas',
  submission_date: null,
  end_date: null,
  has_facts: false,
  cycle: '2021-2023',
  plan_number: 1,
  year_submission: 2021,
  year_end: 2023,
  era: null,
  commitments: 0,
  title: null,
  influence_development: null,
  influence_implementation: null,
  participation: null,
  forum: null,
  minimum_requirement_met: null,
  participating_groups: null,
  public_meetings: null,
  source: null,
  ...over,
});

describe('briefing chart options', () => {
  it('puts the member n under each cycle and marks simulated data in the title', () => {
    const o = briefingCyclesOption({
      title: 'High ambition',
      cycles: ['2012-2014', '2014-2016'],
      member: [metricValue(10, 14), null],
      region: [metricValue(50, 100), metricValue(1, 2)],
      global: [null, null],
      simulated: true,
    });
    expect(o.title).toMatchObject({ text: 'High ambition (SIMULATED)' });
    expect(o.xAxis).toMatchObject({ data: ['2012\nn=14', '2014\nn=0'] });
    const series = o.series as { data: number[] }[];
    expect(series.map((s) => s.data)).toEqual([
      [71.4, 0],
      [50, 50],
      [0, 0],
    ]);
  });

  it('handles no cycles at all', () => {
    const o = briefingCyclesOption({
      title: 't',
      cycles: [],
      member: [],
      region: [],
      global: [],
      simulated: false,
    });
    expect(o.xAxis).toMatchObject({ data: [] });
  });

  it('labels each pipeline step with its count, share and n', () => {
    const o = briefingPipelineOption({
      steps: [
        { label: 'Verifiable', count: 53 },
        { label: '… and ambitious', count: 28 },
      ],
      commitments: 77,
      simulated: false,
    });
    const s = (o.series as { label: { formatter: (p: { value: number }) => string } }[])[0];
    expect(s?.label.formatter({ value: 53 })).toBe('53 (69%, n=77)');
    const empty = briefingPipelineOption({ steps: [], commitments: 0, simulated: true });
    const e = (empty.series as { label: { formatter: (p: { value: number }) => string } }[])[0];
    expect(e?.label.formatter({ value: 0 })).toBe('0 (n=0)');
    expect(empty.title).toMatchObject({ text: 'Pipeline, of 0 commitments (SIMULATED)' });
  });
});

describe('co-creation facts', () => {
  it('says when a plan has none', () => {
    expect(hasCoCreation(plan())).toBe(false);
    expect(coCreationText(plan())).toBe('no co-creation facts in the data');
  });

  it('lists the facts a plan has', () => {
    const text = coCreationText(
      plan({
        influence_development: 'involve',
        participation: 'open',
        forum: 'yes',
        minimum_requirement_met: 'yes',
        participating_groups: 7,
        public_meetings: 23,
      }),
    );
    expect(text).toBe(
      'influence involve (development) / ? (implementation); open participation; forum: yes; minimum requirement met: yes; 7 participating groups; 23 public meetings',
    );
    expect(coCreationText(plan({ public_meetings: 0 }))).toBe('0 public meetings');
  });
});
