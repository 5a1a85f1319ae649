#include "dermasim/numerics/layered_lines.hpp"

#include <stdexcept>

#include "dermasim/numerics/conductance.hpp"

namespace dermasim::numerics::layered {

void factor(Factored& f, const LineCoefficients& c, double a) {
  const int M = int(c.kap.size());
  const bool periodic = c.periodic;
  const auto& g = c.g;
  const auto& kap = c.kap;
  f.periodic = periodic;
  f.low.assign(std::size_t(M), 0.0);
  f.inv.assign(std::size_t(M), 0.0);
  f.up.assign(std::size_t(M), 0.0);
  f.diag.assign(std::size_t(M), 0.0);
  f.lower.assign(std::size_t(M), 0.0);
  f.upper.assign(std::size_t(M), 0.0);
  auto& diag = f.diag;
  auto& lower = f.lower;
  auto& upper = f.upper;
  for (int m = 0; m < M; ++m) {
    const double left = m > 0 ? g[std::size_t(m - 1)] : (periodic ? g[std::size_t(M - 1)] : 0.0);
    const double right = (m + 1 < M || periodic) ? g[std::size_t(m)] : 0.0;
    // Row m of (K - aL) phi = rhs, with phi = u / K: columns scaled by 1/K.
    diag[std::size_t(m)] = (kap[std::size_t(m)] +
                            a * (left + right + (m == 0 ? c.gb0 : 0) + (m == M - 1 ? c.gbM : 0))) /
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
  f.z.clear();
  f.beta_over_gamma = f.z0 = f.zlast = 0.0;
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
}

void in_plane_line(LineCoefficients& c, const DiffusionSpec& s, int k, int M) {
  c.periodic = s.lateral == LateralBoundary::periodic;
  if (c.periodic && M < 3) throw std::invalid_argument("periodic lines need at least 3 cells");
  c.g.assign(std::size_t(M), dk(s, k) * s.lateral_factor(k));
  c.kap.assign(std::size_t(M), s.partition_by_plane[std::size_t(k)]);
  if (!c.periodic) c.g[std::size_t(M - 1)] = 0.0;
  c.gb0 = c.gbM = c.src0 = c.srcM = 0.0;
}

void vertical_line(LineCoefficients& c, const DiffusionSpec& spec, double dz) {
  const int nz = int(spec.partition_by_plane.size());
  c.periodic = false;
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
}

void solve_across(double* p, std::ptrdiff_t row, int M, int lines, const Factored& f, double add0,
                  double addM, std::vector<double>& coef) {
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
  coef.resize(std::size_t(lines));
  for (int l = 0; l < lines; ++l)
    coef[std::size_t(l)] = (r0[l] + f.beta_over_gamma * last[l]) / denom;
  for (int m = 0; m < M; ++m) {
    double* cur = p + m * row;
    const double zm = f.z[std::size_t(m)];
#pragma omp simd
    for (int l = 0; l < lines; ++l) cur[l] -= coef[std::size_t(l)] * zm;
  }
}

}  // namespace dermasim::numerics::layered
