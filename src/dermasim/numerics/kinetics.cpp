#include "dermasim/numerics/kinetics.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace dermasim::numerics {

void Kinetics::jacobian(double t, const double* u, double* jac, const VoxelInfo& where) const {
  const int n = species();
  std::array<double, kMaxKineticSpecies> base{}, shifted{}, f0{}, f1{};
  std::copy(u, u + n, base.begin());
  rates(t, base.data(), f0.data(), where);
  for (int c = 0; c < n; ++c) {
    shifted = base;
    // Step scaled to the value, never below sqrt(eps) in absolute terms (Dennis & Schnabel 1983).
    const double h = 1.4901161193847656e-08 * std::max(std::abs(base[c]), 1.0);
    shifted[c] += h;
    rates(t, shifted.data(), f1.data(), where);
    for (int r = 0; r < n; ++r) jac[r * n + c] = (f1[r] - f0[r]) / h;
  }
}

}  // namespace dermasim::numerics
