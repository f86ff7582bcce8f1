// How the processes that serve the portal (`next start`: scripts/serve.mjs's workers, and the
// single server of the embedded database in scripts/start.mjs) keep their memory small.
// Figures: issue 22's notes (npm run bench -- --only load).

// --heap-growing-percent=30: after each full garbage collection V8 lets the heap grow to 1.3×
// what survived it before the next one. By default it allows up to about 4× when a process
// allocates fast, which a server under load always does: each render's data lives as long as its
// request (about a second under load), so it reaches the old generation, and a worker holding
// ~100 MB of live data grew to 600 MB. The price is a few more full collections (incremental,
// ~20 ms each), within the load run's noise.
export const SERVER_NODE_FLAGS = ["--heap-growing-percent=30"];

// MALLOC_MMAP_THRESHOLD_: glibc gives blocks of 128 KB or more their own mapping, returned to the
// system when freed, but by default raises that threshold each time such a block is freed, after
// which the large blocks (Buffers, the 19 MB of each password hash) come from its heap, which
// cannot shrink below blocks still in use. Fixing it at its default keeps that memory returnable.
export const SERVER_ENV = { MALLOC_MMAP_THRESHOLD_: "131072" };
