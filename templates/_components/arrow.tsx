/**
 * "Leads to", drawn: the typeface has no → glyph, and a fallback font from
 * the system would make PDFs differ between machines. Mirrored in
 * right-to-left pages by CSS.
 */
export function Arrow() {
  return (
    <svg class="kr-arrow" viewBox="0 0 14 10" width="14" height="10" aria-hidden="true" focusable="false">
      <path d="M0 5h11M7 1l4 4-4 4" fill="none" stroke="currentColor" stroke-width="1.8" />
    </svg>
  );
}
