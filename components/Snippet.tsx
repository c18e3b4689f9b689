import type { CardSnippet } from '../lib/index/entity-card';
import { sourceLine } from './format-date';

/** One sentence from a story with the name emphasised, and where it comes from. */
export function Snippet({ snippet, onOpenStory }: { snippet: CardSnippet; onOpenStory: (id: string) => void }) {
  const { text, highlight, story } = snippet;
  const body = highlight ? (
    <>
      {text.slice(0, highlight.start)}
      <strong>{text.slice(highlight.start, highlight.end)}</strong>
      {text.slice(highlight.end)}
    </>
  ) : (
    text
  );
  return (
    <li class="bs-snippet">
      <blockquote>{body}</blockquote>
      <div class="bs-snippet__cite">
        <a
          href={`#story-${story.id}`}
          onClick={(e) => {
            e.preventDefault();
            onOpenStory(story.id);
          }}
        >
          {story.title}
        </a>
        <span class="bs-muted"> — {sourceLine(story.source, story.published)}</span>
      </div>
    </li>
  );
}
