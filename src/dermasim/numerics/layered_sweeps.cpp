#include "dermasim/numerics/layered_sweeps.hpp"

#include "dermasim/numerics/layered_lines.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <type_traits>
#include <vector>

namespace dermasim::numerics {

namespace {

using layered::Factored;
using layered::LineCoefficients;

// Scratch for the periodic correction of solve_across, one per thread: the sweeps below run
// inside OpenMP regions.
std::vector<double>& correction_scratch() {
  thread_local std::vector<double> coef;
  return coef;
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
  layered::solve_across(p, row, M, lines, f, 0.0, 0.0, correction_scratch());
  for (int m = 0; m < M; ++m) {
    const double src = (m == 0 ? c.src0 : 0.0) + (m == M - 1 ? c.srcM : 0.0);
    const double* u = at(m);
    double* out = p + m * row;
#pragma omp simd
    for (int l = 0; l < lines; ++l) out[l] = c1 * out[l] - c2 * u[l] + a * src;
  }
  layered::solve_across(p, row, M, lines, f, 0.0, 0.0, correction_scratch());
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
    layered::solve_across(q, q_row, M, lines, f, add0, addM, correction_scratch());
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
      layered::solve_across(buffer.data(), kBlock, nx, lines, f, 0.0, 0.0, correction_scratch());
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
    LineCoefficients cx, cy;
    Factored fx, fy;
#pragma omp for schedule(static)
    for (int k = 0; k < u.nz; ++k) {
      layered::in_plane_line(cx, spec, k, u.nx);
      layered::in_plane_line(cy, spec, k, u.ny);
      layered::factor(fx, cx, ax);
      layered::factor(fy, cy, ay);
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
  LineCoefficients c;
  layered::vertical_line(c, spec, dz);
  Factored f;
  layered::factor(f, c, a);
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
