// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { Timeline } from '../../components/Timeline';
import type { TimelinePoint } from '../../lib/index/entity-card';
import { blinkenTimeline } from './fixtures';
import { allByRole, getByRole, mount, unmount } from './helpers';

// Timeline draws points it is given, synchronously: it has no loading or error state. Its states
// are empty (no points, or a single one: nothing to compare, so nothing is drawn) and full (bars
// by month or by year, with a text equivalent).

afterEach(unmount);

const bars = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('.bs-timeline__bar')];

describe('Timeline: empty', () => {
  test('no points: renders nothing at all', async () => {
    const root = await mount(<Timeline points={[]} />);
    expect(root.childNodes).toHaveLength(0);
  });

  test('a single point: nothing to compare over time, so nothing is drawn', async () => {
    const root = await mount(<Timeline points={[{ period: '2021-03', count: 2 }]} />);
    expect(root.childNodes).toHaveLength(0);
    expect(allByRole(root, 'img')).toHaveLength(0);
  });
});

describe('Timeline: full', () => {
  test('is one image whose text equivalent lists every period with its count, dates in words', async () => {
    const points: TimelinePoint[] = [
      { period: '2021-01', count: 3 },
      { period: '2021-03', count: 6 },
      { period: '2022-06', count: 1 },
    ];
    const root = await mount(<Timeline points={points} />);
    const img = getByRole(root, 'img');
    expect(img.getAttribute('aria-label')).toBe('Mentions over time: Jan 2021: 3, Mar 2021: 6, Jun 2022: 1');
  });

  test('periods by year are read as years', async () => {
    const root = await mount(<Timeline points={blinkenTimeline} />);
    expect(getByRole(root, 'img').getAttribute('aria-label')).toBe('Mentions over time: 2021: 9, 2022: 3, 2023: 2');
  });

  test('one bar per period, in order, each titled with its period and count', async () => {
    const root = await mount(<Timeline points={blinkenTimeline} />);
    expect(bars(root).map((b) => b.getAttribute('title'))).toEqual(['2021: 9', '2022: 3', '2023: 2']);
  });

  test('bar heights are relative to the busiest period, with a visible minimum', async () => {
    const points: TimelinePoint[] = [
      { period: '2019', count: 20 },
      { period: '2020', count: 10 },
      { period: '2021', count: 1 },
    ];
    const root = await mount(<Timeline points={points} />);
    // 20 is the maximum (100%), 10 is half, 1 would be 5% and is raised to 12% so it still shows.
    expect(bars(root).map((b) => b.style.height)).toEqual(['100%', '50%', '12%']);
  });

  test('two points are enough to draw', async () => {
    const root = await mount(
      <Timeline
        points={[
          { period: '2021-03', count: 4 },
          { period: '2021-04', count: 4 },
        ]}
      />,
    );
    expect(bars(root)).toHaveLength(2);
    expect(bars(root).map((b) => b.style.height)).toEqual(['100%', '100%']);
  });
});
