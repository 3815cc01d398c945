// The `xliff` package ships no types: the part of its API this folder uses.
declare module 'xliff/js2xliff' {
  const js2xliff: (document: unknown, options: { indent?: string }, done: (error: unknown, xml: string) => void) => string;
  export default js2xliff;
}
declare module 'xliff/jsToXliff12' {
  const jsToXliff12: (document: unknown, options: { indent?: string }, done: (error: unknown, xml: string) => void) => string;
  export default jsToXliff12;
}
declare module 'xliff/ElementTypes' {
  const ElementTypes: Readonly<Record<'Standalone' | 'GenericSpan' | 'Span' | 'SpanStart' | 'SpanEnd' | 'Marker', string>>;
  export default ElementTypes;
}
