// Imported first by cli.tsx, so it runs before Ink loads. Ink's layout engine (yoga-layout, built
// with emscripten) loads its WebAssembly from a base64 data: URL, through `fetch` whenever a global
// fetch exists. In Node that first touch of `fetch` loads undici, and the fetch itself costs more:
// together about a quarter of the time to the first frame. With fetch hidden while Ink loads, yoga
// decodes the base64 directly. restoreFetch() puts fetch back (cli.tsx calls it once Ink is loaded).
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
if (descriptor?.configurable) {
	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
}

export function restoreFetch(): void {
	if (descriptor?.configurable) Object.defineProperty(globalThis, 'fetch', descriptor);
}
