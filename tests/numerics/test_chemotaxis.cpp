// The chemotactic drift: exact centre-of-mass speed in a uniform signal gradient, conservation,
// positivity, and nothing moves where the signal is flat.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "dermasim/numerics/chemotaxis.hpp"

using namespace dermasim;

namespace {

struct Blob {
  grid::FieldSet f;
  numerics::ChemotaxisSpec spec;
};

// Cells (species 0) as a Gaussian in z around the middle of a 4 x 4 x 80 column; attractant
// (species 1) chosen so that phi = a / (a + K) rises linearly in z from 0.2 to 0.8.
Blob blob(double chi) {
  grid::Grid3D g;
  g.nx = 4, g.ny = 4, g.nz = 80;
  g.dx = g.dy = g.dz = 10e-6;
  Blob b{grid::FieldSet(g, 2), {}};
  const double k_half = 2.0;
  for (int k = 0; k < g.nz; ++k) {
    const double phi = 0.2 + 0.6 * (k + 0.5) / g.nz;
    const double z = (k + 0.5 - 40) * g.dz;
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) {
        b.f.view(0)(i, j, k) = 1000 * std::exp(-z * z / (2 * 40e-6 * 40e-6));
        b.f.view(1)(i, j, k) = k_half * phi / (1 - phi);
      }
  }
  b.spec.species = 0;
  b.spec.attractant = 1;
  b.spec.coefficient = chi;
  b.spec.half_saturation = k_half;
  return b;
}

double mass(const grid::FieldSet& f) {
  double m = 0;
  for (double x : f.values(0)) m += x;
  return m;
}

double centre(const grid::FieldSet& f) {
  const grid::Grid3D& g = f.grid();
  double m = 0, mz = 0;
  for (int k = 0; k < g.nz; ++k)
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) {
        const double u = const_cast<grid::FieldSet&>(f).view(0)(i, j, k);
        m += u;
        mz += u * g.z_center(k);
      }
  return mz / m;
}

}  // namespace

TEST(Chemotaxis, BlobDriftsAtChiTimesTheSignalGradientAndKeepsItsMass) {
  const double chi = 1e-12;
  Blob b = blob(chi);
  const double m0 = mass(b.f), z0 = centre(b.f);
  const double gradient = 0.6 / (80 * 10e-6);  // dphi/dz, 1/m
  const double t = 10 * 3600.0;                // a drift of 27 um
  const int substeps = numerics::chemotaxis_step(b.f, b.spec, t);
  EXPECT_GT(substeps, 1);  // the CFL bound splits an hour
  // Upwind fluxes move the centre of mass at exactly v = chi dphi/dz while the blob stays clear
  // of the boundaries (first-order upwind spreads it, but does not bias its centre).
  EXPECT_NEAR(centre(b.f) - z0, chi * gradient * t, 1e-3 * chi * gradient * t);
  EXPECT_NEAR(mass(b.f), m0, 1e-12 * m0);
  const auto v = b.f.values(0);
  EXPECT_GE(*std::min_element(v.begin(), v.end()), 0.0);
}

TEST(Chemotaxis, NothingMovesInAFlatSignal) {
  Blob b = blob(1e-12);
  for (double& a : b.f.values(1)) a = 3.0;
  const auto before = std::vector<double>(b.f.values(0).begin(), b.f.values(0).end());
  EXPECT_EQ(numerics::chemotaxis_step(b.f, b.spec, 3600.0), 0);
  EXPECT_TRUE(std::equal(before.begin(), before.end(), b.f.values(0).begin()));
}
