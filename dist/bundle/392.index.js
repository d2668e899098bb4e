export const id = 392;
export const ids = [392];
export const modules = {

/***/ 3392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WorkerPool: () => (/* binding */ WorkerPool)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Worker threads for a full scan: started early (they compile the scanner while the file list
 * is still being made), then handed the list once; they share one atomic cursor over it.
 */

class WorkerPool {
    counter = new SharedArrayBuffer(8);
    workers = [];
    failure;
    constructor(file, threads, config, root, chunk) {
        const data = { task: 'placeholders', config, root, counter: this.counter, chunk };
        for (let n = 0; n < threads; n++) {
            const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(file, { workerData: data });
            w.on('error', (e) => (this.failure ??= e instanceof Error ? e : new Error(String(e))));
            this.workers.push(w);
        }
    }
    get size() {
        return this.workers.length;
    }
    scan(paths, progress, signal) {
        const counts = new Int32Array(this.counter);
        const joined = paths.join('\0');
        return new Promise((resolve, reject) => {
            const merged = { results: [], files: 0, bytes: 0 };
            let pending = this.workers.length;
            const timer = setInterval(() => progress(Math.min(Atomics.load(counts, 1), paths.length), paths.length), 100);
            let done = false;
            const finish = (err) => {
                if (done)
                    return;
                done = true;
                clearInterval(timer);
                signal.removeEventListener('abort', onAbort);
                this.terminate();
                if (err)
                    reject(err);
                else
                    resolve(merged);
            };
            const onAbort = () => finish(new Error('placeholder scan aborted'));
            signal.addEventListener('abort', onAbort, { once: true });
            if (this.failure)
                return finish(this.failure);
            for (const w of this.workers) {
                w.once('message', (r) => {
                    for (const x of r.results)
                        merged.results.push(x);
                    merged.files += r.files;
                    merged.bytes += r.bytes;
                    if (--pending === 0)
                        finish();
                });
                w.once('error', (e) => finish(e instanceof Error ? e : new Error(String(e))));
                w.once('exit', (code) => {
                    if (pending > 0 && code !== 0)
                        finish(new Error(`a placeholder scan worker exited with code ${code}`));
                });
                const req = { paths: joined };
                w.postMessage(req);
            }
        });
    }
    terminate() {
        for (const w of this.workers)
            void w.terminate();
        this.workers.length = 0;
    }
}


/***/ })

};
