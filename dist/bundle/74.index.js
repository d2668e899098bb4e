export const id = 74;
export const ids = [74];
export const modules = {

/***/ 6074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findPullRequest: () => (/* binding */ findPullRequest)
/* harmony export */ });
async function findPullRequest(client, owner, repo, run) {
    const candidates = [...run.listedNumbers];
    if (candidates.length === 0 && run.headBranch) {
        const { data } = await client.rest.pulls.list({ owner, repo, state: 'open', head: `${run.headOwner}:${run.headBranch}`, per_page: 10 });
        for (const p of data)
            if (p.head.sha === run.headSha)
                candidates.push(p.number);
    }
    for (const number of candidates) {
        const { data: p } = await client.rest.pulls.get({ owner, repo, pull_number: number });
        if (p.head.sha !== run.headSha)
            continue;
        const headRepo = p.head.repo?.full_name ?? '(deleted fork)';
        return {
            number: p.number,
            headSha: p.head.sha,
            baseSha: p.base.sha,
            baseRef: p.base.ref,
            headRef: p.head.ref,
            headRepo,
            baseRepo: p.base.repo.full_name,
            isFork: headRepo.toLowerCase() !== p.base.repo.full_name.toLowerCase(),
        };
    }
    return undefined;
}


/***/ })

};
