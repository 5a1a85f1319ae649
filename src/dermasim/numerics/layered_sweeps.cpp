#include "dermasim/numerics/layered_sweeps.hpp"

#include "dermasim/numerics/conductance.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <type_traits>
#include <vector>

namespace dermasim::numerics {

namespace {

// A tridiagonal matrix acting on u (partitioning folded in), factored for the Thomas recurrence:
//   forward  y_m = (r_m - low_m y_{m-1}) inv_m,   backward  x_m = y_m - up_m x_{m+1}.
// A periodic line adds the Sherman-Morrison correction x -= f z with f from x_0 and x_{M-1}.
struct Factored {
  std::vector<double> low, inv, up;
  bool periodic = false;
  std::vector<double> z;  // correction vector (periodic only)
  double beta_over_gamma = 0, z0 = 0, zlast = 0;
};

// Builds the factored matrix of (K - a L) K^-1 for one line: cell conductances g[m] (face m/m+1,
// the wrap face at M-1 when periodic), partition kap[m], boundary conductances gb0, gbM.
Factored factor(const std::vector<double>& g, const std::vector<double>& kap, double a,
                bool periodic, double gb0 = 0, double gbM = 0) {
  const int M = int(kap.size());
  Factored f;
  f.periodic = periodic;
  f.low.assign(std::size_t(M), 0.0);
  f.inv.assign(std::size_t(M), 0.0);
  f.up.assign(std::size_t(M), 0.0);
  std::vector<double> diag(static_cast<std::size_t>(M)), lower(std::size_t(M), 0.0),
      upper(std::size_t(M), 0.0);
  for (int m = 0; m < M; ++m) {
    const double left = m > 0 ? g[std::size_t(m - 1)] : (periodic ? g[std::size_t(M - 1)] : 0.0);
    const double right = (m + 1 < M || periodic) ? g[std::size_t(m)] : 0.0;
    // Row m of (K - aL) phi = rhs, with phi = u / K: columns scaled by 1/K.
    diag[std::size_t(m)] =
        (kap[std::size_t(m)] + a * (left + right + (m == 0 ? gb0 : 0) + (m == M - 1 ? gbM : 0))) /
        kap[std::size_t(m)];
    if (m > 0) lower[std::size_t(m)] = -a * left / kap[std::size_t(m - 1)];
    if (m + 1 < M) upper[std::size_t(m)] = -a * right / kap[std::size_t(m + 1)];
  }
  double gamma = 0, alpha = 0, beta = 0;  // Sherman-Morrison (Numerical Recipes sec. 2.7)
  if (periodic) {
    beta = -a * g[std::size_t(M - 1)] / kap[std::size_t(M - 1)];  // row 0, column M-1
    alpha = -a * g[std::size_t(M - 1)] / kap[0];                  // row M-1, column 0
    gamma = -diag[0];
    diag[0] -= gamma;
    diag[std::size_t(M - 1)] -= alpha * beta / gamma;
  }
  for (int m = 0; m < M; ++m) {
    const double den =
        diag[std::size_t(m)] - (m > 0 ? lower[std::size_t(m)] * f.up[std::size_t(m - 1)] : 0.0);
    f.inv[std::size_t(m)] = 1.0 / den;
    f.low[std::size_t(m)] = lower[std::size_t(m)];
    f.up[std::size_t(m)] = upper[std::size_t(m)] / den;
  }
  if (periodic) {
    f.z.assign(std::size_t(M), 0.0);
    f.z[0] = gamma;
    f.z[std::size_t(M - 1)] = alpha;
    for (int m = 0; m < M; ++m)
      f.z[std::size_t(m)] =
          (f.z[std::size_t(m)] - (m > 0 ? f.low[std::size_t(m)] * f.z[std::size_t(m - 1)] : 0.0)) *
          f.inv[std::size_t(m)];
    for (int m = M - 2; m >= 0; --m)
      f.z[std::size_t(m)] -= f.up[std::size_t(m)] * f.z[std::size_t(m + 1)];
    f.beta_over_gamma = beta / gamma;
    f.z0 = f.z[0];
    f.zlast = f.z[std::size_t(M - 1)];
  }
  return f;
}

// Solves `lines` lines at once; element m of line l is at p[m * row + l] (l contiguous), with
// optional right-hand-side additions to the first and last rows.
void solve_across(double* p, std::ptrdiff_t row, int M, int lines, const Factored& f,
                  double add0 = 0, double addM = 0) {
  double* r0 = p;
  if (add0 != 0)
    for (int l = 0; l < lines; ++l) r0[l] += add0;
  if (addM != 0) {
    double* rl = p + (M - 1) * row;
    for (int l = 0; l < lines; ++l) rl[l] += addM;
  }
  {
    const double inv = f.inv[0];
#pragma omp simd
    for (int l = 0; l < lines; ++l) r0[l] *= inv;
  }
  for (int m = 1; m < M; ++m) {
    double* cur = p + m * row;
    const double* prev = cur - row;
    const double low = f.low[std::size_t(m)], inv = f.inv[std::size_t(m)];
#pragma omp simd
    for (int l = 0; l < lines; ++l) cur[l] = (cur[l] - low * prev[l]) * inv;
  }
  for (int m = M - 2; m >= 0; --m) {
    double* cur = p + m * row;
    const double* next = cur + row;
    const double up = f.up[std::size_t(m)];
#pragma omp simd
    for (int l = 0; l < lines; ++l) cur[l] -= up * next[l];
  }
  if (!f.periodic) return;
  const double* last = p + (M - 1) * row;
  // f_l = (x_0 + beta x_{M-1} / gamma) / (1 + z_0 + beta z_{M-1} / gamma); x -= f_l z
  const double denom = 1.0 + f.z0 + f.beta_over_gamma * f.zlast;
  std::vector<double> coef(static_cast<std::size_t>(lines));
  for (int l = 0; l < lines; ++l)
    coef[std::size_t(l)] = (r0[l] + f.beta_over_gamma * last[l]) / denom;
  for (int m = 0; m < M; ++m) {
    double* cur = p + m * row;
    const double zm = f.z[std::size_t(m)];
#pragma omp simd
    for (int l = 0; l < lines; ++l) cur[l] -= coef[std::size_t(l)] * zm;
  }
}

double dk(const DiffusionSpec& s, int k) {
  return s.diffusivity_by_plane[std::size_t(k)] * s.partition_by_plane[std::size_t(k)];
}

// The coefficients of one line: face conductances g (face m/m+1; the wrap face at M-1 when
// periodic, else 0), partition coefficients, boundary conductances and sources.
struct LineCoefficients {
  std::vector<double> g, kap;
  double gb0 = 0, gbM = 0, src0 = 0, srcM = 0;  // src = gb * outside value
  bool periodic = false;
};

// A line within plane k: D K is the same in every cell, so every face has conductance D K.
LineCoefficients in_plane_line(const DiffusionSpec& s, int k, int M) {
  LineCoefficients c;
  c.periodic = s.lateral == LateralBoundary::periodic;
  if (c.periodic && M < 3) throw std::invalid_argument("periodic lines need at least 3 cells");
  c.g.assign(std::size_t(M), dk(s, k));
  c.kap.assign(std::size_t(M), s.partition_by_plane[std::size_t(k)]);
  if (!c.periodic) c.g[std::size_t(M - 1)] = 0.0;
  return c;
}

LineCoefficients vertical_line(const DiffusionSpec& spec, double dz) {
  const int nz = int(spec.partition_by_plane.size());
  LineCoefficients c;
  c.g.assign(std::size_t(nz), 0.0);
  c.kap.resize(std::size_t(nz));
  for (int k = 0; k < nz; ++k) {
    c.kap[std::size_t(k)] = spec.partition_by_plane[std::size_t(k)];
    if (k + 1 < nz) c.g[std::size_t(k)] = face_conductance(dk(spec, k), dk(spec, k + 1));
  }
  c.gb0 = boundary_conductance(spec.top, dk(spec, 0), dz);
  c.gbM = boundary_conductance(spec.bottom, dk(spec, nz - 1), dz);
  c.src0 = c.gb0 * spec.top.value;
  c.srcM = c.gbM * spec.bottom.value;
  return c;
}

// TR-BDF2 (gamma = 2 - sqrt 2) on a batch of lines laid out as in solve_across. Stage 1,
// trapezoid over gamma dt: M' u_g = u + a (L phi + s) + a s. Stage 2, BDF2:
// M' u+ = c1 u_g - c2 u + a s. Both stages share the factored M' = (K - a L) K^-1, a = gamma/2
// dt/h^2.
void trbdf2_across(double* p, std::ptrdiff_t row, int M, int lines, const Factored& f,
                   const LineCoefficients& c, double a, std::vector<double>& saved) {
  const double gamma = 2.0 - std::sqrt(2.0);
  const double c1 = 1.0 / (gamma * (2.0 - gamma));
  const double c2 = (1.0 - gamma) * (1.0 - gamma) / (gamma * (2.0 - gamma));
  saved.resize(std::size_t(M) * std::size_t(lines));
  for (int m = 0; m < M; ++m)
    std::copy(p + m * row, p + m * row + lines, saved.begin() + std::ptrdiff_t(m) * lines);
  auto at = [&](int m) { return saved.data() + std::ptrdiff_t(m) * lines; };
  for (int m = 0; m < M; ++m) {
    const int up = m > 0 ? m - 1 : M - 1, down = m + 1 < M ? m + 1 : 0;
    const bool has_up = m > 0 || c.periodic, has_down = m + 1 < M || c.periodic;
    const double g_up = has_up ? c.g[std::size_t(m > 0 ? m - 1 : M - 1)] : 0.0;
    const double g_down = has_down ? c.g[std::size_t(m)] : 0.0;
    const double inv_k = 1.0 / c.kap[std::size_t(m)];
    const double inv_up = 1.0 / c.kap[std::size_t(up)], inv_down = 1.0 / c.kap[std::size_t(down)];
    const double g_out = (m == 0 ? c.gb0 : 0.0) + (m == M - 1 ? c.gbM : 0.0);
    const double src = (m == 0 ? c.src0 : 0.0) + (m == M - 1 ? c.srcM : 0.0);
    const double* u = at(m);
    const double* uu = at(up);
    const double* ud = at(down);
    double* out = p + m * row;
#pragma omp simd
    for (int l = 0; l < lines; ++l) {
      const double phi = u[l] * inv_k;
      const double flux =
          g_up * (uu[l] * inv_up - phi) + g_down * (ud[l] * inv_down - phi) - g_out * phi;
      out[l] = u[l] + a * flux + 2.0 * a * src;
    }
  }
  solve_across(p, row, M, lines, f);
  for (int m = 0; m < M; ++m) {
    const double src = (m == 0 ? c.src0 : 0.0) + (m == M - 1 ? c.srcM : 0.0);
    const double* u = at(m);
    double* out = p + m * row;
#pragma omp simd
    for (int l = 0; l < lines; ++l) out[l] = c1 * out[l] - c2 * u[l] + a * src;
  }
  solve_across(p, row, M, lines, f);
}

}  // namespace

namespace {

constexpr int kBlock = 16;  // x-lines solved together: independent recurrences hide FMA latency

// Solves a batch laid out as in solve_across. Double storage is solved in place; float storage
// is staged through a double buffer, so that only the stored results are rounded to float, never
// the recurrence's intermediate values.
template <class T>
void solve_staged(T* p, std::ptrdiff_t row, int M, int lines, const Factored& f,
                  const LineCoefficients* c, double a, double add0, double addM,
                  std::vector<double>& stage, std::vector<double>& saved) {
  double* q;
  std::ptrdiff_t q_row;
  if constexpr (std::is_same_v<T, double>) {
    q = p;
    q_row = row;
  } else {
    stage.resize(std::size_t(M) * std::size_t(lines));
    for (int m = 0; m < M; ++m)
      for (int l = 0; l < lines; ++l) stage[std::size_t(m) * lines + l] = p[m * row + l];
    q = stage.data();
    q_row = lines;
  }
  if (c)
    trbdf2_across(q, q_row, M, lines, f, *c, a, saved);
  else
    solve_across(q, q_row, M, lines, f, add0, addM);
  if constexpr (!std::is_same_v<T, double>) {
    for (int m = 0; m < M; ++m)
      for (int l = 0; l < lines; ++l)
        p[m * row + l] = static_cast<T>(stage[std::size_t(m) * lines + l]);
  }
}

// The x-lines of plane k: a block of lines is transposed into [m][line] (in double) so that the
// recurrence runs across lines, solved (backward Euler, or TR-BDF2 when c is given), and written
// back.
template <class T>
void x_lines_of_plane(grid::BasicFieldView<T> u, int k, const Factored& f,
                      const LineCoefficients* c, double a, std::vector<double>& buffer,
                      std::vector<double>& saved) {
  const int nx = u.nx, ny = u.ny;
  buffer.resize(std::size_t(nx) * kBlock);
  for (int j0 = 0; j0 < ny; j0 += kBlock) {
    const int lines = std::min(kBlock, ny - j0);
    for (int l = 0; l < lines; ++l) {
      const T* src = &u(0, j0 + l, k);
      for (int m = 0; m < nx; ++m) buffer[std::size_t(m) * kBlock + std::size_t(l)] = src[m];
    }
    if (c)
      trbdf2_across(buffer.data(), kBlock, nx, lines, f, *c, a, saved);
    else
      solve_across(buffer.data(), kBlock, nx, lines, f);
    for (int l = 0; l < lines; ++l) {
      T* dst = &u(0, j0 + l, k);
      for (int m = 0; m < nx; ++m)
        dst[m] = static_cast<T>(buffer[std::size_t(m) * kBlock + std::size_t(l)]);
    }
  }
}

// The y-lines of plane k: rows of the plane are contiguous, the recurrence runs down the rows.
template <class T>
void y_lines_of_plane(grid::BasicFieldView<T> u, int k, const Factored& f,
                      const LineCoefficients* c, double a, std::vector<double>& stage,
                      std::vector<double>& saved) {
  solve_staged(&u(0, 0, k), u.nx, u.ny, u.nx, f, c, a, 0.0, 0.0, stage, saved);
}

const double kStage = 0.5 * (2.0 - std::sqrt(2.0));  // TR-BDF2's implicit coefficient, gamma / 2

// x then y (or y then x) on each plane while the plane is in cache: the same result as two full
// sweeps, since a plane's in-plane solves do not touch other planes, for half the memory traffic.
template <class T>
void in_plane_sweeps(grid::BasicFieldView<T> u, const DiffusionSpec& spec, double dx, double dy,
                     double dt, bool trbdf2, bool y_first) {
  const double theta = trbdf2 ? kStage : 1.0;
  const double ax = theta * dt / (dx * dx), ay = theta * dt / (dy * dy);
#pragma omp parallel
  {
    std::vector<double> buffer, stage, saved;
#pragma omp for schedule(static)
    for (int k = 0; k < u.nz; ++k) {
      const LineCoefficients cx = in_plane_line(spec, k, u.nx), cy = in_plane_line(spec, k, u.ny);
      const Factored fx = factor(cx.g, cx.kap, ax, cx.periodic),
                     fy = factor(cy.g, cy.kap, ay, cy.periodic);
      if (y_first) y_lines_of_plane(u, k, fy, trbdf2 ? &cy : nullptr, ay, stage, saved);
      x_lines_of_plane(u, k, fx, trbdf2 ? &cx : nullptr, ax, buffer, saved);
      if (!y_first) y_lines_of_plane(u, k, fy, trbdf2 ? &cy : nullptr, ay, stage, saved);
    }
  }
}

template <class T>
void z_sweep(grid::BasicFieldView<T> u, const DiffusionSpec& spec, double dz, double dt,
             bool trbdf2) {
  const int nx = u.nx, ny = u.ny;
  const double a = (trbdf2 ? kStage : 1.0) * dt / (dz * dz);
  const LineCoefficients c = vertical_line(spec, dz);
  const Factored f = factor(c.g, c.kap, a, false, c.gb0, c.gbM);
  const std::ptrdiff_t plane = std::ptrdiff_t(nx) * ny;
  constexpr int kChunk = 128;  // columns per pass: the chunk's nz rows stay in cache
#pragma omp parallel
  {
    std::vector<double> stage, saved;
#pragma omp for collapse(2) schedule(static)
    for (int j = 0; j < ny; ++j)
      for (int i0 = 0; i0 < nx; i0 += kChunk) {
        const int lines = std::min(kChunk, nx - i0);
        solve_staged(&u(i0, j, 0), plane, u.nz, lines, f, trbdf2 ? &c : nullptr, a, a * c.src0,
                     a * c.srcM, stage, saved);
      }
  }
}

}  // namespace

template <class T>
void layered_backward_euler(grid::BasicFieldView<T> u, const DiffusionSpec& spec,
                            const grid::Grid3D& g, double dt) {
  in_plane_sweeps(u, spec, g.dx, g.dy, dt, false, false);
  z_sweep(u, spec, g.dz, dt, false);
}

template <class T>
void layered_tr_bdf2(grid::BasicFieldView<T> u, const DiffusionSpec& spec, const grid::Grid3D& g,
                     double dt) {
  in_plane_sweeps(u, spec, g.dx, g.dy, 0.5 * dt, true, false);  // x(dt/2) y(dt/2)
  z_sweep(u, spec, g.dz, dt, true);                             // z(dt)
  in_plane_sweeps(u, spec, g.dx, g.dy, 0.5 * dt, true, true);   // y(dt/2) x(dt/2)
}

template void layered_backward_euler(grid::FieldView, const DiffusionSpec&, const grid::Grid3D&,
                                     double);
template void layered_backward_euler(grid::FloatFieldView, const DiffusionSpec&,
                                     const grid::Grid3D&, double);
template void layered_tr_bdf2(grid::FieldView, const DiffusionSpec&, const grid::Grid3D&, double);
template void layered_tr_bdf2(grid::FloatFieldView, const DiffusionSpec&, const grid::Grid3D&,
                              double);

}  // namespace dermasim::numerics
