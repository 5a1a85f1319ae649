// Pharmacodynamics (docs/model.md 9): the Emax forms at their reference points, the ascorbate
// cofactor's saturation, the exposure's superposition, layer means and clearance tail, and the
// actives with no mechanism acting on nothing.
#include <gtest/gtest.h>

#include <cmath>

#include "dermasim/actives/exposure.hpp"
#include "dermasim/actives/mechanism.hpp"
#include "dermasim/parameters/parameter_set.hpp"
#include "dermasim/transport/actives.hpp"

using namespace dermasim;
using namespace dermasim::actives;

namespace {

PharmacodynamicParameters defaults() {
  return PharmacodynamicParameters::from(parameters::default_parameters());
}

/// A stratum corneum of 10 um, viable epidermis to 60 um, dermis below.
skin::LayerStack stack() {
  skin::LayerThickness t;
  t.stratum_corneum = 10e-6;
  t.viable_epidermis = 50e-6;
  t.papillary_dermis = 200e-6;
  t.reticular_dermis = 1000e-6;
  return skin::LayerStack(t);
}

transport::Coefficients coefficients(double partition, double clearance) {
  transport::Coefficients c;
  c.viable_epidermis.partition = partition;
  c.dermis.partition = partition;
  c.clearance = clearance;
  return c;
}

}  // namespace

TEST(Pharmacodynamics, EmaxFormsGiveHalfTheLargestEffectAtTheirEc50) {
  const auto p = defaults();
  const auto txa = modifiers(Mechanism::paracrine_melanogenesis, p, p.txa_ec50, 0.0);
  EXPECT_NEAR(txa.melanin_stimulated, 1 - 0.5 * p.txa_inhibition_max, 1e-12);
  EXPECT_EQ(txa.melanin_production, 1.0);  // basal melanogenesis untouched
  EXPECT_EQ(txa.collagen_synthesis, 1.0);
  const auto nia = modifiers(Mechanism::melanosome_transfer, p, p.niacinamide_ec50, 0.0);
  EXPECT_NEAR(nia.melanin_production, 1 - 0.5 * p.niacinamide_inhibition_max, 1e-12);
  // Far above the EC50 the inhibition tends to its maximum, never beyond it.
  const auto sat = modifiers(Mechanism::melanosome_transfer, p, 1e6 * p.niacinamide_ec50, 0.0);
  EXPECT_NEAR(sat.melanin_production, 1 - p.niacinamide_inhibition_max, 1e-5);
  EXPECT_GT(sat.melanin_production, 1 - p.niacinamide_inhibition_max);
  const auto pep = modifiers(Mechanism::matrix_peptide, p, 0.0, p.peptide_ec50);
  EXPECT_NEAR(pep.collagen_synthesis, 1 + 0.5 * p.peptide_stimulation_max, 1e-12);
  // Each acts in its own layer only.
  EXPECT_EQ(modifiers(Mechanism::paracrine_melanogenesis, p, 0.0, 1.0).melanin_stimulated, 1.0);
  EXPECT_EQ(modifiers(Mechanism::matrix_peptide, p, 1.0, 0.0).collagen_synthesis, 1.0);
}

TEST(Pharmacodynamics, AscorbateAddsToANearlySaturatedCofactor) {
  const auto p = defaults();
  const double c0 = p.ascorbate_dermal_resting, km = p.prolyl_hydroxylase_ascorbate_km;
  EXPECT_EQ(modifiers(Mechanism::ascorbate, p, 0.0, 0.0).collagen_synthesis, 1.0);
  // Doubling the tissue's own ascorbate: s(2 c0) / s(c0).
  const double doubled = modifiers(Mechanism::ascorbate, p, 0.0, c0).collagen_synthesis;
  EXPECT_NEAR(doubled, (2 * c0 / (2 * c0 + km)) / (c0 / (c0 + km)), 1e-12);
  // However much is delivered, the enzyme cannot run faster than saturated: at most 1 / s(c0)
  // (1.37 at the defaults), the gain of a replete dermis being small (Leveque 2004: +8.5 %).
  const double flooded = modifiers(Mechanism::ascorbate, p, 0.0, 1e6).collagen_synthesis;
  EXPECT_LT(flooded, (c0 + km) / c0);
  EXPECT_NEAR(flooded, (c0 + km) / c0, 1e-3);
  // No pigment effect by default (no usable inhibition published).
  EXPECT_EQ(modifiers(Mechanism::ascorbate, p, 1e3, 1e3).melanin_production, 1.0);
}

TEST(Pharmacodynamics, PlateletRichPlasmaAddsItsGrowthFactorsInTheDermis) {
  const auto p = defaults();
  const double pdgf = 10e-6;  // 10 ng/mL of PDGF delivered, in kg/m^3
  const auto m = modifiers(Mechanism::platelet_growth_factors, p, 5e-6, pdgf);
  EXPECT_NEAR(m.added_pdgf, 10.0, 1e-9);
  EXPECT_NEAR(m.added_tgf_beta, 10.0 * p.prp_tgf_beta_per_pdgf * p.prp_tgf_beta_active_share, 1e-9);
  EXPECT_EQ(m.melanin_production, 1.0);
  EXPECT_EQ(m.collagen_synthesis, 1.0);
}

TEST(Pharmacodynamics, EveryLibraryActiveHasAMechanismOrSaysWhyNot) {
  for (const auto& a : transport::active_library()) {
    const Mechanism m = mechanism_of(a.name);
    const std::string d = mechanism_description(m, a.name);
    EXPECT_FALSE(d.empty()) << a.name;
    if (m == Mechanism::none) {
      EXPECT_EQ(d.rfind("none: ", 0), 0u) << a.name << ": " << d;
      EXPECT_GT(d.size(), 40u) << a.name << " needs a reason";
      EXPECT_TRUE(modifiers(m, defaults(), 1.0, 1.0).neutral()) << a.name;
    } else {
      EXPECT_FALSE(modifiers(m, defaults(), 1.0, 1.0).neutral()) << a.name;
    }
  }
  EXPECT_EQ(mechanism_of("some_custom_active"), Mechanism::none);
}

TEST(Pharmacodynamics, CombinedActivesMultiplyTheirFactorsAndAddTheirGrowthFactors) {
  biology::DrugModifiers a, b;
  a.melanin_production = 0.5, a.added_pdgf = 2;
  b.melanin_production = 0.8, b.collagen_synthesis = 1.2, b.added_pdgf = 3;
  const auto c = combine(a, b);
  EXPECT_DOUBLE_EQ(c.melanin_production, 0.4);
  EXPECT_DOUBLE_EQ(c.collagen_synthesis, 1.2);
  EXPECT_DOUBLE_EQ(c.added_pdgf, 5.0);
}

// --- Exposure ------------------------------------------------------------------------------

namespace {

/// A transport response on 10 um planes to 1.5 mm: a step profile, c_epi in the viable
/// epidermis and c_der below, constant over rows at 0, 1 and 2 h.
struct Response {
  std::vector<double> bounds;
  std::vector<transport::AbsorptionRow> rows;
  std::vector<std::vector<double>> profiles;
};
Response step_response(double c_epi, double c_der) {
  Response r;
  for (int b = 0; b <= 150; ++b) r.bounds.push_back(b * 10e-6);
  for (double t : {0.0, 3600.0, 7200.0}) {
    transport::AbsorptionRow row;
    row.time = t;
    r.rows.push_back(row);
    std::vector<double> c;
    for (int b = 0; b < 150; ++b) {
      const double z = (b + 0.5) * 10e-6;
      c.push_back(z < 10e-6 ? 99.0 : z < 60e-6 ? c_epi : c_der);
    }
    r.profiles.push_back(c);
  }
  return r;
}
Application at(double time, const Response& r) {
  return {time, &r.bounds, &r.rows, &r.profiles};
}

}  // namespace

TEST(Exposure, MeansEachLayerOfAnEnvironmentAsAFreeConcentration) {
  const Response r = step_response(2.0, 0.5);
  // The window (0-500 um) and a plane straddling the dermo-epidermal junction (50-70 um).
  const Exposure e({at(0, r)}, {{0, 500e-6}, {50e-6, 70e-6}, {10e-6, 20e-6}}, stack(),
                   coefficients(0.5, 1e-3));
  EXPECT_NEAR(e.epidermis(0, 1800), 2.0 / 0.5, 1e-12);  // the stratum corneum is not counted
  EXPECT_NEAR(e.dermis(0, 1800), 0.5 / 0.5, 1e-12);
  EXPECT_NEAR(e.epidermis(1, 1800), 4.0, 1e-12);
  EXPECT_NEAR(e.dermis(1, 1800), 1.0, 1e-12);
  EXPECT_EQ(e.dermis(2, 1800), 0.0);   // no dermis in that plane
  EXPECT_EQ(e.epidermis(0, -1), 0.0);  // before the application
}

TEST(Exposure, ApplicationsSuperposeAndClearAtTheClearanceRateAfterTheContact) {
  const Response r = step_response(1.0, 1.0);
  const double k = 1.0 / 3600;  // 1/h
  const Exposure one({at(0, r)}, {{0, 500e-6}}, stack(), coefficients(1.0, k));
  const Exposure two({at(0, r), at(3600, r)}, {{0, 500e-6}}, stack(), coefficients(1.0, k));
  // Overlapping: the second adds its own on top of the first.
  EXPECT_NEAR(two.dermis(0, 5400), one.dermis(0, 5400) + one.dermis(0, 1800), 1e-12);
  // After the 2 h contact of the first alone: exp(-k t) from its last value, to within the
  // linear interpolation between tail nodes a quarter of 1/k apart (under 1 %).
  for (double after : {0.5, 1.0, 2.0, 4.0}) {
    const double t = 7200 + after * 3600;
    EXPECT_NEAR(one.dermis(0, t), std::exp(-after), 0.01 * std::exp(-after)) << after;
  }
  // Seven time constants on, nothing is left.
  EXPECT_EQ(one.dermis(0, 7200 + 7.5 * 3600), 0.0);
  EXPECT_NEAR(one.peak(), 1.0, 1e-12);
  // Nor between applications far apart: the first has ended before the second starts, and the
  // exposure there is 0, not an interpolation from the first's tail to the second's start.
  const Exposure apart({at(0, r), at(14 * 86400, r)}, {{0, 500e-6}}, stack(), coefficients(1.0, k));
  for (double day : {1.0, 3.0, 7.0, 13.9}) EXPECT_EQ(apart.dermis(0, day * 86400), 0.0) << day;
  for (double after : {0.5, 1.0, 2.0, 4.0})
    EXPECT_NEAR(apart.dermis(0, 7200 + after * 3600), one.dermis(0, 7200 + after * 3600), 1e-15);
  EXPECT_NEAR(apart.dermis(0, 14 * 86400 + 5400), one.dermis(0, 5400), 1e-12);
}
