#!/usr/bin/env python3
"""An independent check of the sides IntegerSides proves closed: for each side given (v- : the
count can be below its truth; v+ : above), a feasibility integer programme over the whole exported
system (HiGHS through scipy.optimize.milp: every constraint, every count within the audit's bounds,
whole numbers) with the count at truth - 1 or less (truth + 1 or more). Closed means infeasible.

Usage: whole_system_sides.py FILE.system v- v+ ...  (FILE written by WholeSystemAttackSampleTest
with -Dwhole.export=DIR; the sides as WholeSystemFile prints them after "closed"). Prints each
side's status; exits 1 if a side has a solution.
"""
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix

from whole_system_highs import read


def main():
    lo, hi, truth, cons = read(sys.argv[1])
    n = len(lo)
    rows, cols, vals, lb, ub = [], [], [], [], []
    for r, (sense, rhs, terms) in enumerate(cons):
        for v, a in terms:
            rows.append(r)
            cols.append(v)
            vals.append(a)
        lb.append(rhs if sense in ("EQUAL", "AT_LEAST") else -np.inf)
        ub.append(rhs if sense in ("EQUAL", "AT_MOST") else np.inf)
    a = csr_matrix((vals, (rows, cols)), shape=(len(cons), n))
    failed = 0
    for side in sys.argv[2:]:
        v, upper = int(side[:-1]), side.endswith("+")
        l, h = lo.copy(), hi.copy()
        if upper:
            l[v] = truth[v] + 1
        else:
            h[v] = truth[v] - 1
        start = time.process_time()
        res = milp(
            np.zeros(n),
            constraints=[LinearConstraint(a, lb, ub)],
            bounds=Bounds(l, h),
            integrality=np.ones(n),
        )
        closed = res.status == 2  # infeasible
        failed += not closed
        print(side, "closed (infeasible)" if closed else "status %d: %s" % (res.status, res.message),
              "%.1f s CPU" % (time.process_time() - start))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
