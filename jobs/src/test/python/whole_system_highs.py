#!/usr/bin/env python3
"""An independent check of WholeSystemAttack: every count of 1-4 true persons the audit left open,
minimised and maximised as an integer programme over the whole exported system (HiGHS through
scipy.optimize.milp), every count within the audit's bounds.

Usage: whole_system_highs.py [--relaxed] [--sample N] FILE.system ...  (written by WholeSystemAttackSampleTest
with -Dwhole.export=DIR; --relaxed: the linear relaxation, rounded inward; --sample N: N counts
drawn at random, seed 12, instead of all). Prints per file: components over the open counts, the counts attacked, how many
intervals are narrower than the audit's, how many are pinned, and the seconds; exits 1 if an
interval misses the truth (the export or the solver is wrong) or a count is pinned.
"""
import random
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix


def read(path):
    lo, hi, truth, cons = [], [], [], []
    with open(path) as f:
        for line in f:
            p = line.split()
            if p[0] == "v":
                lo.append(float(p[1]))
                hi.append(float(p[2]))
                truth.append(int(p[3]))
            elif p[0] == "c":  # "n" and "o" lines name cells and rules (SystemFile)
                terms = [(int(p[i]), int(p[i + 1])) for i in range(3, len(p), 2)]
                cons.append((p[1], float(p[2]), terms))
    return np.array(lo), np.array(hi), np.array(truth), cons


def components(lo, hi, cons):
    parent = list(range(len(lo)))

    def root(v):
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for _, _, terms in cons:
        free = [v for v, _ in terms if lo[v] != hi[v]]
        for v in free[1:]:
            parent[root(v)] = root(free[0])
    sizes = {}
    for v in range(len(lo)):
        if lo[v] != hi[v]:
            sizes[root(v)] = sizes.get(root(v), 0) + 1
    return root, sizes


def main(paths):
    failed = False
    for path in paths:
        lo, hi, truth, cons = read(path)
        start = time.time()
        rows, cols, vals, cl, cu = [], [], [], [], []
        for r, (sense, rhs, terms) in enumerate(cons):
            for v, a in terms:
                rows.append(r)
                cols.append(v)
                vals.append(a)
            cl.append(rhs if sense in ("EQUAL", "AT_LEAST") else -np.inf)
            cu.append(rhs if sense in ("EQUAL", "AT_MOST") else np.inf)
        a = csr_matrix((vals, (rows, cols)), shape=(len(cons), len(lo)))
        constraint = LinearConstraint(a, cl, cu)
        integrality = np.zeros(len(lo)) if RELAXED else np.ones(len(lo))
        root, sizes = components(lo, hi, cons)
        targets = [v for v in range(len(lo)) if lo[v] != hi[v] and 0 < truth[v] < 5]
        if SAMPLE:
            targets = sorted(random.Random(12).sample(targets, min(SAMPLE, len(targets))))
        narrowed = pinned = unsolved = small = 0
        for done, v in enumerate(targets):
            if done and done % 20 == 0:
                print(f"{path}: {done} of {len(targets)}: {narrowed} narrowed, {pinned} pinned,"
                      f" {time.time() - start:.0f} s", flush=True)
            ends = []
            for sign in (1, -1):
                c = np.zeros(len(lo))
                c[v] = sign
                res = milp(c, constraints=constraint, integrality=integrality,
                           bounds=Bounds(lo, hi), options={"time_limit": 60})
                if res.status != 0:
                    unsolved += 1
                    ends.append(lo[v] if sign == 1 else hi[v])
                else:
                    # inward to a whole number, as an attacker who knows counts are whole
                    end = res.fun * sign
                    ends.append(np.ceil(end - 1e-6) if sign == 1 else np.floor(end + 1e-6))
            if not ends[0] <= truth[v] <= ends[1]:
                print(f"{path}: count {v}: interval misses the truth")
                failed = True
            narrowed += ends[0] > lo[v] or ends[1] < hi[v]
            # told to be 1-4 persons by the whole system where the audit's bounds did not say so
            small += ends[0] >= 1 and ends[1] < 5 and not (lo[v] >= 1 and hi[v] < 5)
            pinned += ends[0] == ends[1]
        attacked = sorted({sizes[root(v)] for v in targets}, reverse=True)
        print(f"{path}: {len(lo)} counts, {len(cons)} constraints, {len(sizes)} components of open"
              f" counts (largest {max(sizes.values(), default=0)}; attacked in components of"
              f" {attacked[:5]}...), {len(targets)} counts attacked, {narrowed} narrowed ({small} newly within 1..4), {pinned}"
              f" pinned, {unsolved} ends unsolved, {time.time() - start:.1f} s")
        failed |= pinned > 0
    sys.exit(1 if failed else 0)


SAMPLE = 0
RELAXED = False

if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--relaxed"]:
        RELAXED = True
        args = args[1:]
    if args[:1] == ["--sample"]:
        SAMPLE = int(args[1])
        args = args[2:]
    main(args)
