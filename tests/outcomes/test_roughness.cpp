// Roughness as ISO 4287 / ISO 16610-21 define it, on profiles with known answers.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "dermasim/outcomes/roughness.hpp"

using namespace dermasim::outcomes;

namespace {
std::vector<double> sinusoid(int n, double dx, double wavelength, double amplitude) {
  std::vector<double> z(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
    z[std::size_t(i)] = amplitude * std::sin(2 * std::numbers::pi * i * dx / wavelength);
  return z;
}
}  // namespace

TEST(Roughness, GaussianFilterPassesHalfTheAmplitudeAtTheCutOff) {
  // ISO 16610-21: 50 % transmission at the cut-off wavelength.
  const double cutoff = 2.5e-3, dx = 10e-6;
  const auto z = sinusoid(1000, dx, cutoff, 1.0);  // 4 periods of 2.5 mm over 10 mm
  const auto mean = gaussian_mean_line(z, dx, cutoff);
  double peak = 0;
  for (double m : mean) peak = std::max(peak, std::abs(m));
  EXPECT_NEAR(peak, 0.5, 0.005);
}

TEST(Roughness, ShortWavesGiveTheAnalyticRaAndRz) {
  // A sinusoid well below the cut-off is all roughness: Ra = 2A/pi, Rz = 2A.
  const double cutoff = 2.5e-3, dx = 5e-6, A = 10e-6;
  const auto z = sinusoid(1000, dx, 0.25e-3, A);  // 20 periods over 5 mm
  const Roughness r = profile_roughness(z, dx, cutoff);
  EXPECT_NEAR(r.ra, 2 * A / std::numbers::pi, 0.01 * A);
  EXPECT_NEAR(r.rz, 2 * A, 0.01 * A);
}

TEST(Roughness, LongWavesAreWavinessNotRoughness) {
  // A wave ten times the cut-off passes the mean line almost whole (transmission exp(-pi a^2/100)
  // = 0.993), so its roughness is under 1 % of its amplitude.
  const double cutoff = 0.8e-3, dx = 10e-6, A = 50e-6;
  const auto z = sinusoid(800, dx, 8e-3, A);
  EXPECT_LT(profile_roughness(z, dx, cutoff).ra, 0.01 * A);
}

TEST(Roughness, SurfaceRoughnessAveragesTheProfilesAlongX) {
  const int nx = 200, ny = 3;
  const double dx = 10e-6;
  std::vector<double> h(std::size_t(nx) * ny);
  for (int j = 0; j < ny; ++j)
    for (int i = 0; i < nx; ++i)
      h[std::size_t(j) * nx + i] = (j + 1) * 1e-6 * std::sin(2 * std::numbers::pi * i / 20.0);
  const Roughness r = surface_roughness(h, nx, ny, dx, 0.8e-3);
  EXPECT_NEAR(r.ra, 2.0 * (2e-6 / std::numbers::pi), 0.02e-6);  // mean amplitude 2 um
}
