/**
 * Minimises a smooth convex function by limited-memory BFGS (Nocedal & Wright, Numerical
 * Optimization, algorithm 7.4 and 7.5) with a backtracking line search on the Armijo condition.
 * Deterministic: the same function and start give the same point on any machine.
 *
 * `fg(x, g)` returns the value at x and writes the gradient into g.
 */
export function lbfgs(fg: (x: Float64Array, g: Float64Array) => number, start: Float64Array, options: { iterations?: number; memory?: number; tolerance?: number } = {}): Float64Array {
  const { iterations = 300, memory = 10, tolerance = 1e-9 } = options;
  const n = start.length;
  const x = Float64Array.from(start), g = new Float64Array(n);
  let f = fg(x, g);
  const S: Float64Array[] = [], Y: Float64Array[] = [], rho: number[] = [];
  const dot = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
    return s;
  };
  const xNext = new Float64Array(n), gNext = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    // The two-loop recursion: q becomes the inverse-Hessian estimate times the gradient.
    const q = Float64Array.from(g);
    const alpha = new Array<number>(S.length).fill(0);
    for (let j = S.length - 1; j >= 0; j--) {
      const s = S[j], y = Y[j];
      if (s === undefined || y === undefined) continue;
      const a = (rho[j] ?? 0) * dot(s, q);
      alpha[j] = a;
      for (let i = 0; i < n; i++) q[i] = (q[i] ?? 0) - a * (y[i] ?? 0);
    }
    const sLast = S[S.length - 1], yLast = Y[Y.length - 1];
    const gamma = sLast !== undefined && yLast !== undefined ? dot(sLast, yLast) / dot(yLast, yLast) : 1 / Math.max(1, Math.sqrt(dot(g, g)));
    for (let i = 0; i < n; i++) q[i] = (q[i] ?? 0) * gamma;
    for (let j = 0; j < S.length; j++) {
      const s = S[j], y = Y[j];
      if (s === undefined || y === undefined) continue;
      const b = (rho[j] ?? 0) * dot(y, q);
      for (let i = 0; i < n; i++) q[i] = (q[i] ?? 0) + (s[i] ?? 0) * ((alpha[j] ?? 0) - b);
    }
    const slope = -dot(g, q);
    if (!(slope < 0)) break;
    let step = 1, fNext = f;
    for (let k = 0; k < 40; k++) {
      for (let i = 0; i < n; i++) xNext[i] = (x[i] ?? 0) - step * (q[i] ?? 0);
      fNext = fg(xNext, gNext);
      if (fNext <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    const s = new Float64Array(n), y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (xNext[i] ?? 0) - (x[i] ?? 0);
      y[i] = (gNext[i] ?? 0) - (g[i] ?? 0);
    }
    const sy = dot(s, y);
    const converged = Math.abs(f - fNext) <= tolerance * Math.max(1, Math.abs(f));
    x.set(xNext);
    g.set(gNext);
    f = fNext;
    if (sy > 1e-12) {
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
      if (S.length > memory) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    if (converged) break;
  }
  return x;
}
