// One document's text with its views and segmentation, computed once and shared by
// every extractor (normalizing is the costliest step of reading).

import { normalize, numbersViewOf, toOriginalSpan, type NormalizedView, type ViewName } from '../normalize/index.js';
import { segment, type Segmentation } from '../segment/index.js';
import type { Span } from './types.js';

export class TextContext {
  private readonly views = new Map<ViewName, NormalizedView>();
  private segmentation: Segmentation | undefined;

  constructor(readonly text: string) {}

  view(name: ViewName): NormalizedView {
    let v = this.views.get(name);
    if (!v) {
      // The numbers view is derived from the search view, which segmenting needs anyway.
      v = name === 'numbers' ? numbersViewOf(this.view('search')) : normalize(this.text, name);
      this.views.set(name, v);
    }
    return v;
  }

  /** Sentences and tokens (spans into the original text; each token has its `search` form). */
  segments(): Segmentation {
    this.segmentation ??= segment(this.text, this.view('search'));
    return this.segmentation;
  }

  /** Maps a span of a view back to the original text. */
  toOriginal(name: ViewName, start: number, end: number): Span {
    return toOriginalSpan(this.view(name), start, end);
  }
}
