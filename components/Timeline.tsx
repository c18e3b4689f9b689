import type { TimelinePoint } from '../lib/index/entity-card';
import { formatDate } from './format-date';

/** Mentions over time as small bars, with a text equivalent for screen readers. */
export function Timeline({ points }: { points: TimelinePoint[] }) {
  if (points.length < 2) return null;
  const max = Math.max(...points.map((p) => p.count));
  const summary = points.map((p) => `${formatDate(p.period)}: ${p.count}`).join(', ');
  return (
    <div class="bs-timeline-wrap">
      <div class="bs-timeline" role="img" aria-label={`Mentions over time: ${summary}`}>
        {points.map((p) => (
          <span class="bs-timeline__bar" style={{ height: `${Math.max(12, (p.count / max) * 100)}%` }} title={`${formatDate(p.period)}: ${p.count}`} />
        ))}
      </div>
      {/* The ends of the axis; the full series is in the label above for screen readers. */}
      <div class="bs-timeline__axis" aria-hidden="true">
        <span>{formatDate(points[0]!.period)}</span>
        <span>{formatDate(points[points.length - 1]!.period)}</span>
      </div>
    </div>
  );
}
