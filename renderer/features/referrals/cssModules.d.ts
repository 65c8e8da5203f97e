/** Vite bundles the CSS files the network sections import; TypeScript only needs to know they exist. */
declare module '*.css';
