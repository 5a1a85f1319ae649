#include "dermasim/numerics/fused_layered_step.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>
#if defined(__AVX2__)
#include <immintrin.h>
#endif

#include "dermasim/numerics/layered_lines.hpp"

namespace dermasim::numerics {

namespace {

using layered::Factored;
using layered::LineCoefficients;

struct Workspace {
  LineCoefficients cx, cy, cz;
  Factored fx, fy, fz;
  std::vector<double> x_weights;     // w_m = prod_{i<m} (-up_i) of fx: x_0 = sum_m w_m y_m
  std::vector<double> y_correction;  // per column: the periodic y-lines' Sherman-Morrison factor
  std::vector<double> block;         // forward values of a batch of x-lines, [m][line]
  std::vector<double> row;           // one x-line (rows left over from the batches of four)
  std::vector<double> coef;
};

// The z recurrence's forward step for one voxel: plane k's in-plane result x, the boundary
// source `add` (top and bottom planes), and the eliminated value of the plane above.
struct ZElimination {
  const double* above;  // plane k-1, or nullptr for the top plane
  double low, inv, add;
  double operator()(double x, std::ptrdiff_t v) const {
    const double r = x + add;
    return (above ? r - low * above[v] : r) * inv;
  }
};

// The y-lines of columns [i0, i0 + w) of a plane, the recurrence down the rows (portable).
void solve_y_strip(double* p, int nx, int ny, int i0, int w, const Factored& f) {
  double* s = p + i0;
  {
    const double inv = f.inv[0];
#pragma omp simd
    for (int l = 0; l < w; ++l) s[l] *= inv;
  }
  for (int m = 1; m < ny; ++m) {
    double* cur = s + std::ptrdiff_t(m) * nx;
    const double* prev = cur - nx;
    const double low = f.low[std::size_t(m)], inv = f.inv[std::size_t(m)];
#pragma omp simd
    for (int l = 0; l < w; ++l) cur[l] = (cur[l] - low * prev[l]) * inv;
  }
  for (int m = ny - 2; m >= 0; --m) {
    double* cur = s + std::ptrdiff_t(m) * nx;
    const double* next = cur + nx;
    const double up = f.up[std::size_t(m)];
#pragma omp simd
    for (int l = 0; l < w; ++l) cur[l] -= up * next[l];
  }
}

#if defined(__AVX2__)
// The same for 32 columns, the recurrence carried in eight vector registers (low[0] and up[M-1]
// are zero, so the first and last rows need no special case).
void solve_y_strip32(double* p, int nx, int ny, int i0, const Factored& f) {
  constexpr int V = 8;
  double* s = p + i0;
  __m256d c[V];
  for (int v = 0; v < V; ++v) c[v] = _mm256_setzero_pd();
  for (int m = 0; m < ny; ++m) {
    double* row = s + std::ptrdiff_t(m) * nx;
    const __m256d low = _mm256_set1_pd(f.low[std::size_t(m)]),
                  inv = _mm256_set1_pd(f.inv[std::size_t(m)]);
    for (int v = 0; v < V; ++v) {
      c[v] = _mm256_mul_pd(_mm256_fnmadd_pd(low, c[v], _mm256_loadu_pd(row + 4 * v)), inv);
      _mm256_storeu_pd(row + 4 * v, c[v]);
    }
  }
  for (int m = ny - 2; m >= 0; --m) {
    double* row = s + std::ptrdiff_t(m) * nx;
    const __m256d up = _mm256_set1_pd(f.up[std::size_t(m)]);
    for (int v = 0; v < V; ++v) {
      c[v] = _mm256_fnmadd_pd(up, c[v], _mm256_loadu_pd(row + 4 * v));
      _mm256_storeu_pd(row + 4 * v, c[v]);
    }
  }
}
#endif

// The y-lines of a plane, in strips of columns that stay in the first-level cache for both
// passes. A periodic plane is left uncorrected: the Sherman-Morrison factor of each column goes
// to `correction`, and the x pass applies it as it reads the plane.
void solve_y_lines(double* p, int nx, int ny, const Factored& f, std::vector<double>& correction) {
  int i0 = 0;
#if defined(__AVX2__)
  for (; i0 + 32 <= nx; i0 += 32) solve_y_strip32(p, nx, ny, i0, f);
#endif
  for (; i0 < nx; i0 += 32) solve_y_strip(p, nx, ny, i0, std::min(32, nx - i0), f);
  if (!f.periodic) return;
  // f_i = (x_0 + beta x_{M-1} / gamma) / (1 + z_0 + beta z_{M-1} / gamma); x -= f_i z
  const double denom = 1.0 + f.z0 + f.beta_over_gamma * f.zlast;
  const double* last = p + std::ptrdiff_t(ny - 1) * nx;
  correction.resize(std::size_t(nx));
  for (int i = 0; i < nx; ++i)
    correction[std::size_t(i)] = (p[i] + f.beta_over_gamma * last[i]) / denom;
}

// The weights that give the first unknown of the Thomas back-substitution from the forward
// values: x_0 = sum_m w_m y_m, w_0 = 1, w_m = -up_{m-1} w_{m-1}. With them the periodic
// correction factor is known when the forward pass ends, so the back-substitution can write
// corrected values at once. They fall geometrically (|up| < 1): below 1e-300 they are zero.
void back_substitution_weights(const Factored& f, std::vector<double>& w) {
  const int M = int(f.up.size());
  w.assign(std::size_t(M), 0.0);
  double v = 1.0;
  for (int m = 0; m < M && std::abs(v) > 1e-300; ++m) {
    w[std::size_t(m)] = v;
    v *= -f.up[std::size_t(m)];
  }
}

// The y correction of voxel (i, j), applied as the x pass reads it.
inline double y_corrected(const double* p, int nx, int i, int j, const Factored& fy,
                          const double* correction) {
  const double x = p[std::ptrdiff_t(j) * nx + i];
  return correction ? x - correction[i] * fy.z[std::size_t(j)] : x;
}

// Portable x-lines of one row: the recurrence along the contiguous row, then the z elimination.
void solve_x_row(double* p, int nx, int j, const Factored& fx, const Factored& fy,
                 const double* y_correction, const ZElimination& z, std::vector<double>& row,
                 std::vector<double>& coef) {
  row.resize(std::size_t(nx));
  for (int i = 0; i < nx; ++i) row[std::size_t(i)] = y_corrected(p, nx, i, j, fy, y_correction);
  layered::solve_across(row.data(), 1, nx, 1, fx, 0.0, 0.0, coef);
  for (int i = 0; i < nx; ++i) {
    const std::ptrdiff_t v = std::ptrdiff_t(j) * nx + i;
    p[v] = z(row[std::size_t(i)], v);
  }
}

#if defined(__AVX2__)
// In-register transpose of the 4 x 4 block whose rows are r0..r3.
inline void transpose4(__m256d& r0, __m256d& r1, __m256d& r2, __m256d& r3) {
  const __m256d t0 = _mm256_unpacklo_pd(r0, r1);  // r0[0] r1[0] r0[2] r1[2]
  const __m256d t1 = _mm256_unpackhi_pd(r0, r1);  // r0[1] r1[1] r0[3] r1[3]
  const __m256d t2 = _mm256_unpacklo_pd(r2, r3);
  const __m256d t3 = _mm256_unpackhi_pd(r2, r3);
  r0 = _mm256_permute2f128_pd(t0, t2, 0x20);
  r1 = _mm256_permute2f128_pd(t1, t3, 0x20);
  r2 = _mm256_permute2f128_pd(t0, t2, 0x31);
  r3 = _mm256_permute2f128_pd(t1, t3, 0x31);
}

// Groups of four x-lines in flight: four independent recurrences hide the latency of each step's
// multiply-add.
constexpr int kGroups = 4;

// The x-lines of rows j0 .. j0 + 4 G - 1, four lines to a vector. The forward pass reads the
// rows in 4 x 4 tiles (with the y correction), transposes them in registers and runs the
// recurrence across the lines, keeping the forward values in `block` ([m][line], in the
// first-level cache). The backward pass runs from the last column, applies the x correction and
// the z forward elimination, transposes back and writes the rows. One read and one write of the
// plane, where gather, two passes and a correction over a buffer, then a scatter, took four.
// low[0] and up[M-1] are zero, so the first and last columns need no special case.
template <int G, bool Periodic>
void solve_x_lines_avx2(double* p, int nx, int j0, const Factored& fx,
                        const std::vector<double>& x_weights, const Factored& fy,
                        const double* y_correction, const ZElimination& z, double* block) {
  constexpr int kRow = 4 * G;  // doubles per column of `block`
  const int nx4 = nx - nx % 4;
  __m256d carry[G], acc[G];
  for (int q = 0; q < G; ++q) carry[q] = acc[q] = _mm256_setzero_pd();
  // Column m of every group: y = (r - low y_prev) inv, and x_0's sum.
  auto forward = [&](int m, const __m256d* r) {
    const __m256d low = _mm256_set1_pd(fx.low[std::size_t(m)]),
                  inv = _mm256_set1_pd(fx.inv[std::size_t(m)]);
    const __m256d w = Periodic ? _mm256_set1_pd(x_weights[std::size_t(m)]) : _mm256_setzero_pd();
    for (int q = 0; q < G; ++q) {
      carry[q] = _mm256_mul_pd(_mm256_fnmadd_pd(low, carry[q], r[q]), inv);
      if (Periodic) acc[q] = _mm256_fmadd_pd(w, carry[q], acc[q]);
      _mm256_storeu_pd(block + std::ptrdiff_t(m) * kRow + 4 * q, carry[q]);
    }
  };
  for (int m = 0; m < nx4; m += 4) {
    __m256d r[4][G];  // [column][group]
    for (int q = 0; q < G; ++q) {
      const int j = j0 + 4 * q;
      __m256d t[4];
      for (int c = 0; c < 4; ++c) {
        t[c] = _mm256_loadu_pd(p + std::ptrdiff_t(j + c) * nx + m);
        if (Periodic)
          t[c] = _mm256_fnmadd_pd(_mm256_loadu_pd(y_correction + m),
                                  _mm256_set1_pd(fy.z[std::size_t(j + c)]), t[c]);
      }
      transpose4(t[0], t[1], t[2], t[3]);
      for (int c = 0; c < 4; ++c) r[c][q] = t[c];
    }
    for (int c = 0; c < 4; ++c) forward(m + c, r[c]);
  }
  for (int m = nx4; m < nx; ++m) {
    __m256d r[G];
    for (int q = 0; q < G; ++q) {
      const int j = j0 + 4 * q;
      r[q] = _mm256_setr_pd(y_corrected(p, nx, m, j, fy, y_correction),
                            y_corrected(p, nx, m, j + 1, fy, y_correction),
                            y_corrected(p, nx, m, j + 2, fy, y_correction),
                            y_corrected(p, nx, m, j + 3, fy, y_correction));
    }
    forward(m, r);
  }
  // carry holds y_{M-1} = x_{M-1}; the correction factor from x_0 = sum w_m y_m and x_{M-1}.
  __m256d factor[G];
  if (Periodic) {
    const __m256d denom = _mm256_set1_pd(1.0 + fx.z0 + fx.beta_over_gamma * fx.zlast);
    for (int q = 0; q < G; ++q)
      factor[q] = _mm256_div_pd(
          _mm256_fmadd_pd(_mm256_set1_pd(fx.beta_over_gamma), carry[q], acc[q]), denom);
  }
  // Column m of every group: x = y - up x_next, corrected, into out.
  auto backward = [&](int m, __m256d* out) {
    const __m256d up = _mm256_set1_pd(fx.up[std::size_t(m)]);
    const __m256d zm = Periodic ? _mm256_set1_pd(fx.z[std::size_t(m)]) : _mm256_setzero_pd();
    for (int q = 0; q < G; ++q) {
      carry[q] =
          _mm256_fnmadd_pd(up, carry[q], _mm256_loadu_pd(block + std::ptrdiff_t(m) * kRow + 4 * q));
      out[q] = Periodic ? _mm256_fnmadd_pd(factor[q], zm, carry[q]) : carry[q];
    }
  };
  for (int m = nx - 1; m >= nx4; --m) {
    __m256d out[G];
    backward(m, out);
    for (int q = 0; q < G; ++q) {
      alignas(32) double lanes[4];
      _mm256_store_pd(lanes, out[q]);
      for (int c = 0; c < 4; ++c) {
        const std::ptrdiff_t v = std::ptrdiff_t(j0 + 4 * q + c) * nx + m;
        p[v] = z(lanes[c], v);
      }
    }
  }
  const __m256d low = _mm256_set1_pd(z.low), inv = _mm256_set1_pd(z.inv),
                add = _mm256_set1_pd(z.add);
  for (int m = nx4 - 4; m >= 0; m -= 4) {
    __m256d out[4][G];  // [column][group]
    for (int c = 3; c >= 0; --c) backward(m + c, out[c]);
    for (int q = 0; q < G; ++q) {
      __m256d t[4] = {out[0][q], out[1][q], out[2][q], out[3][q]};
      transpose4(t[0], t[1], t[2], t[3]);
      for (int c = 0; c < 4; ++c) {
        const std::ptrdiff_t v = std::ptrdiff_t(j0 + 4 * q + c) * nx + m;
        __m256d x = _mm256_add_pd(t[c], add);
        if (z.above) x = _mm256_fnmadd_pd(low, _mm256_loadu_pd(z.above + v), x);
        _mm256_storeu_pd(p + v, _mm256_mul_pd(x, inv));
      }
    }
  }
}

template <bool Periodic>
void solve_x_batch(int G, double* p, int nx, int j0, const Factored& fx,
                   const std::vector<double>& w, const Factored& fy, const double* yc,
                   const ZElimination& z, double* block) {
  switch (G) {
    case 1:
      return solve_x_lines_avx2<1, Periodic>(p, nx, j0, fx, w, fy, yc, z, block);
    case 2:
      return solve_x_lines_avx2<2, Periodic>(p, nx, j0, fx, w, fy, yc, z, block);
    case 3:
      return solve_x_lines_avx2<3, Periodic>(p, nx, j0, fx, w, fy, yc, z, block);
    default:
      return solve_x_lines_avx2<4, Periodic>(p, nx, j0, fx, w, fy, yc, z, block);
  }
}
#endif

// Brings the next plane towards the cache while this one is solved, a slice per batch of rows:
// the first pass over a plane otherwise waits on memory (measured: the y solves took twice as
// long without it).
class PlanePrefetch {
 public:
  PlanePrefetch(const double* next, std::ptrdiff_t values)
      : next_(reinterpret_cast<const char*>(next)), lines_(next ? (values * 8 + 63) / 64 : 0) {}
  void advance_to(double fraction) {
    const auto target = std::ptrdiff_t(fraction * double(lines_));
    for (; issued_ < target && issued_ < lines_; ++issued_)
      __builtin_prefetch(next_ + 64 * issued_, 0, 3);
  }

 private:
  const char* next_;
  std::ptrdiff_t lines_, issued_ = 0;
};

// The in-plane solves of plane k (y, then x) and the z forward elimination. `next` is the plane
// below (nullptr for the last), prefetched meanwhile.
void solve_plane(double* p, int nx, int ny, Workspace& ws, const ZElimination& z,
                 const double* next) {
  PlanePrefetch prefetch(next, std::ptrdiff_t(nx) * ny);
  solve_y_lines(p, nx, ny, ws.fy, ws.y_correction);
  const bool periodic = ws.fy.periodic;
  const double* y_correction = periodic ? ws.y_correction.data() : nullptr;
  int j = 0;
#if defined(__AVX2__)
  ws.block.resize(std::size_t(nx) * 4 * kGroups);
  while (j + 4 <= ny) {  // batches of kGroups groups of four lines; the last may have fewer
    const int G = std::min(kGroups, (ny - j) / 4);
    if (periodic)
      solve_x_batch<true>(G, p, nx, j, ws.fx, ws.x_weights, ws.fy, y_correction, z,
                          ws.block.data());
    else
      solve_x_batch<false>(G, p, nx, j, ws.fx, ws.x_weights, ws.fy, y_correction, z,
                           ws.block.data());
    j += 4 * G;
    prefetch.advance_to(double(j) / ny);
  }
#endif
  for (; j < ny; ++j) {
    solve_x_row(p, nx, j, ws.fx, ws.fy, y_correction, z, ws.row, ws.coef);
    prefetch.advance_to(double(j + 1) / ny);
  }
}

void fused_one(grid::FieldView u, const DiffusionSpec& spec, const grid::Grid3D& g, double dt,
               Workspace& ws) {
  const int nx = u.nx, ny = u.ny, nz = u.nz;
  const std::ptrdiff_t plane = std::ptrdiff_t(nx) * ny;
  const double ax = dt / (g.dx * g.dx), ay = dt / (g.dy * g.dy), az = dt / (g.dz * g.dz);
  layered::vertical_line(ws.cz, spec, g.dz);
  layered::factor(ws.fz, ws.cz, az);
  const double add0 = az * ws.cz.src0, addM = az * ws.cz.srcM;
  // Pass 1, downwards: in-plane solves, then the z forward elimination against the plane above.
  for (int k = 0; k < nz; ++k) {
    const bool same_as_above =
        k > 0 && layered::dk(spec, k) == layered::dk(spec, k - 1) &&
        spec.partition_by_plane[std::size_t(k)] == spec.partition_by_plane[std::size_t(k - 1)] &&
        spec.lateral_factor(k) == spec.lateral_factor(k - 1);
    if (!same_as_above) {  // the layers of skin are many planes thick: factor once per layer
      layered::in_plane_line(ws.cx, spec, k, nx);
      layered::in_plane_line(ws.cy, spec, k, ny);
      layered::factor(ws.fx, ws.cx, ax);
      layered::factor(ws.fy, ws.cy, ay);
      back_substitution_weights(ws.fx, ws.x_weights);
    }
    double* p = u.data + std::ptrdiff_t(k) * plane;
    const ZElimination z{k > 0 ? p - plane : nullptr, ws.fz.low[std::size_t(k)],
                         ws.fz.inv[std::size_t(k)],
                         (k == 0 ? add0 : 0.0) + (k == nz - 1 ? addM : 0.0)};
    solve_plane(p, nx, ny, ws, z, k + 1 < nz ? p + plane : nullptr);
  }
  // Pass 2, upwards: the z back-substitution.
  for (int k = nz - 2; k >= 0; --k) {
    double* p = u.data + std::ptrdiff_t(k) * plane;
    const double* below = p + plane;
    const double up = ws.fz.up[std::size_t(k)];
#pragma omp simd
    for (std::ptrdiff_t v = 0; v < plane; ++v) p[v] -= up * below[v];
  }
}

}  // namespace

void fused_layered_backward_euler(std::span<const grid::FieldView> u,
                                  std::span<const DiffusionSpec* const> specs,
                                  const grid::Grid3D& g, double dt) {
  if (u.size() != specs.size())
    throw std::invalid_argument("fused_layered_backward_euler: one spec per field");
  for (std::size_t s = 0; s < u.size(); ++s) {
    const auto& spec = *specs[s];
    if (!spec.diffusivity_field.empty() || !spec.partition_field.empty())
      throw std::invalid_argument("fused_layered_backward_euler: layered coefficients only");
    if (int(spec.partition_by_plane.size()) != u[s].nz ||
        int(spec.diffusivity_by_plane.size()) != u[s].nz)
      throw std::invalid_argument("fused_layered_backward_euler: coefficients need one per plane");
    if (spec.lateral == LateralBoundary::periodic && (u[s].nx < 3 || u[s].ny < 3))
      throw std::invalid_argument("periodic lines need at least 3 cells");
  }
  const int n = int(u.size());
#pragma omp parallel
  {
    Workspace ws;
#pragma omp for schedule(dynamic, 1)
    for (int s = 0; s < n; ++s) fused_one(u[std::size_t(s)], *specs[std::size_t(s)], g, dt, ws);
  }
}

}  // namespace dermasim::numerics
