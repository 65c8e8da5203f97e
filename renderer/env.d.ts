/** Features import their own stylesheet for its side effect; Vite bundles it next to styles.css. */
declare module '*.css';
