// The mechanics of the outcomes: the closed-form Cutometer ratios against a direct Boltzmann
// superposition of the Burgers body, the young adult's modulus, and stiffening with age.
#include <gtest/gtest.h>

#include <cmath>

#include "dermasim/outcomes/mechanics.hpp"
#include "dermasim/parameters/parameter_set.hpp"

using namespace dermasim;
using namespace dermasim::outcomes;

namespace {
constexpr double kYear = 365.25 * 86400.0;

OutcomeParameters defaults() {
  return OutcomeParameters::from(parameters::default_parameters());
}

/// Creep compliance of a Burgers body (per unit 1/E1): 1 + alpha g(t) + beta t / T_on.
double creep(double t, double alpha, double beta, double tau, double on) {
  return t <= 0 ? 0.0 : 1 + alpha * (1 - std::exp(-t / tau)) + beta * t / on;
}

/// Deformation under a pressure step on for `on` seconds, by superposition of the step up and
/// the step down (Boltzmann), at time t.
double deformation(double t, double alpha, double beta, double tau, double on) {
  return creep(t, alpha, beta, tau, on) - (t > on ? creep(t - on, alpha, beta, tau, on) : 0.0);
}
}  // namespace

TEST(Mechanics, CutometerRatiosMatchTheBoltzmannSuperpositionOfABurgersBody) {
  const auto p = defaults();
  Matrix m{60, 59, 12, 6.9, 0.0, 11.8};
  const MechanicsModel model(p, 25 * kYear, m, m);
  const Mechanics mech = model.read(m);
  // The young adult: alpha0 and beta0 exactly (q = 1).
  const double a = p.creep_ratio_young, b = p.flow_ratio_young, tau = p.creep_time;
  const double on = p.suction_on, off = p.suction_off, tr = p.readout_delay;
  const double uf = deformation(on, a, b, tau, on);
  const double ur = uf - deformation(on + tr, a, b, tau, on);
  const double ua = uf - deformation(on + off, a, b, tau, on);
  EXPECT_NEAR(mech.r7, ur / uf, 1e-12);
  EXPECT_NEAR(mech.r2, ua / uf, 1e-12);
  // The calibration targets of a young face (Kawalkiewicz 2021 ranges): R2 0.80, R7 0.50.
  EXPECT_NEAR(mech.r2, 0.80, 0.01);
  EXPECT_NEAR(mech.r7, 0.50, 0.01);
  // eta is fixed by the young adult's published modulus.
  EXPECT_NEAR(mech.youngs_modulus, p.youngs_modulus_young, 1e-6 * p.youngs_modulus_young);
}

TEST(Mechanics, GlycationStiffensAndADegradedNetworkRecoilsLess) {
  const auto p = defaults();
  const Matrix young{60, 59, 12, 6.9, 0.0, 11.8};
  const Matrix old{33,  32.8, 6.6,
                   4.1, 2.8,  6.55};  // less collagen, a third of the elastin elastotic
  const MechanicsModel model(p, 70 * kYear, old, young);
  const Mechanics m = model.read(old);
  EXPECT_LT(m.r2, 0.80);
  EXPECT_LT(m.r7, 0.50);
  // With 45 % less collagen the old dermis is still stiffer: glycation (Agache's doubling).
  EXPECT_GT(m.youngs_modulus, p.youngs_modulus_young);
  OutcomeParameters unglycated = p;
  unglycated.glycation_stiffening = 0;
  EXPECT_LT(MechanicsModel(unglycated, 70 * kYear, old, young).read(old).youngs_modulus,
            p.youngs_modulus_young);
  // New collagen carries no glycation: 20 % more collagen I dilutes the crosslinks of the old,
  // so the dermis softens (exp(k_x x (1/1.2 - 1)) = 0.71 outweighs the 1.2) and recoils better.
  Matrix treated = old;
  treated.collagen_i *= 1.2;
  treated.collagen_i_crosslinked *= 1.2;
  const Mechanics t = model.read(treated);
  EXPECT_GT(t.r7, m.r7);
  EXPECT_LT(t.youngs_modulus, m.youngs_modulus);
}
