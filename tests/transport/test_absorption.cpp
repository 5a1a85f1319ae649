// Serum transport: the Franz cell against Crank's membrane solution, mass balance, and the
// coefficient correlations against their published forms.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "dermasim/parameters/parameter_set.hpp"
#include "dermasim/transport/serum_run.hpp"

using namespace dermasim;
using namespace dermasim::transport;

namespace {

/// Crank 1975 eq. 4.24a: cumulative amount per area through a membrane of thickness h that
/// starts empty, with C1 = K C0 held at the donor face and a perfect sink at the other.
double crank(double t, double D, double K, double C0, double h) {
  double sum = 0;
  for (int n = 1; n <= 200; ++n)
    sum += (n % 2 ? -1.0 : 1.0) / (n * n) *
           std::exp(-D * n * n * std::numbers::pi * std::numbers::pi * t / (h * h));
  return h * K * C0 *
         (D * t / (h * h) - 1.0 / 6.0 - 2.0 / (std::numbers::pi * std::numbers::pi) * sum);
}

/// One homogeneous membrane in a Franz cell: every layer with the same D and K.
Coefficients membrane(double D, double K, double d_aq) {
  Coefficients c;
  c.vehicle = c.channel = {d_aq, 1.0};
  c.stratum_corneum = c.viable_epidermis = c.dermis = {D, K};
  return c;
}

}  // namespace

TEST(Absorption, FranzCellReproducesCranksMembraneSolution) {
  const double D = 1e-12, K = 2.0, h = 100e-6, C0 = 10.0;  // m^2/s, 1, m, kg/m^3
  SerumSpec s;
  s.present = true;
  s.concentration = C0;
  s.infinite_dose = true;
  s.mode = TransportMode::franz;
  s.duration = 8 * h * h / (6 * D);  // eight lag times
  s.depth_resolution = 1e-6;
  s.lateral_resolution = 10e-6;
  // The serum's default tolerance (1e-2) is for outputs read to a few percent; a 1 % comparison
  // with the first-order delta scheme needs a tighter one.
  s.relative_tolerance = 1e-4;
  TransportSkin skin;
  skin.layers = skin::LayerStack(skin::LayerThickness{10e-6, 50e-6, 100e-6, 1e-3});
  skin.depth = h;
  const auto r = run_absorption(s, skin, {}, membrane(D, K, 1e-9));
  const double lag = h * h / (6 * D), flux = K * D * C0 / h;
  for (const auto& row : r.intact_rows) {
    if (row.time < 1.5 * lag) continue;  // early on the amount is tiny: compare where it counts
    EXPECT_NEAR(row.permeated, crank(row.time, D, K, C0, h), 0.01 * crank(row.time, D, K, C0, h))
        << "t = " << row.time << " s";
  }
  // Steady flux and lag time from the last rows (the asymptote Q = J (t - lag)).
  const auto& a = r.intact_rows[r.intact_rows.size() - 2];
  const auto& b = r.intact_rows.back();
  const double j = (b.permeated - a.permeated) / (b.time - a.time);
  EXPECT_NEAR(j, flux, 0.01 * flux);
  EXPECT_NEAR(b.time - b.permeated / j, lag, 0.01 * lag);
}

TEST(Absorption, MassIsConservedAtEveryOutputWithChannelsAndClearance) {
  const auto params = TransportParameters::from(parameters::default_parameters());
  SerumSpec s;
  s.present = true;
  s.active = *find_active("niacinamide");
  s.concentration = 50;
  s.dose = 0.05;  // 5 mg/cm^2 of serum
  s.mode = TransportMode::in_vivo;
  s.duration = 6 * 3600.0;
  s.depth_resolution = 10e-6;
  s.lateral_resolution = 20e-6;
  TransportSkin skin;
  skin.layers = skin::LayerStack(skin::LayerThickness{17e-6, 45e-6, 150e-6, 750e-6});
  skin.depth = 600e-6;
  ChannelLattice ch;
  ch.density = 800e4;  // 800 per cm^2
  ch.depth = 450e-6;
  ch.radius = 60e-6;
  ch.taper_length = 200e-6;
  ch.open_fraction = [](double t) { return std::exp(-t / 3600.0); };
  const auto r = run_absorption(s, skin, ch, coefficients(s.active, 17e-6, params));
  ASSERT_GT(r.rows.size(), 10u);
  for (const auto& row : r.rows) EXPECT_LT(row.mass_balance_error, 1e-9) << row.time;
  for (const auto& row : r.intact_rows) EXPECT_LT(row.mass_balance_error, 1e-9) << row.time;
  // The channels deliver more than intact skin, and the capillaries clear some of it.
  EXPECT_GT(r.rows.back().delivered, 2 * r.intact_rows.back().delivered);
  EXPECT_GT(r.rows.back().cleared, 0.0);
}
