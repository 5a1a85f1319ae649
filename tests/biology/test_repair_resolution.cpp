// Repair resolves: after any course the cells and signals of the repair model return to rest,
// at every end of the declared range of each parameter that takes part in its loops (latent
// TGF-beta and its autoinduction, myofibroblasts, fibroblast growth, the activation by new matrix
// and the proteases it regulates). A loop whose gain exceeded one inside the declared ranges
// would leave the tissue in a second, activated state (fibrosis) and fail here.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "dermasim/biology/healing_kinetics.hpp"
#include "dermasim/numerics/well_mixed.hpp"
#include "dermasim/parameters/parameter_set.hpp"
#include "dermasim/units/quantity.hpp"

using namespace dermasim;
using namespace dermasim::biology;

namespace {

constexpr double kDay = 86400.0, kYear = 365.25 * kDay;

// The parameters of the loops, each tried at both ends of its range.
const std::vector<std::string>& loop_parameters() {
  static const std::vector<std::string> names{
      "fibroblast_proliferation_rate",
      "fibroblast_tgf_mitogenesis",
      "fibroblast_max_density",
      "fibroblast_return_rate",
      "myofibroblast_differentiation_rate",
      "myofibroblast_removal_rate",
      "tgf_beta_autoinduction",
      "latent_tgf_beta_turnover_rate",
      "tgf_beta_resting_active_share",
      "latent_tgf_beta_resting",
      "tgf_beta_decay_rate",
      "tgf_beta_half_saturation",
      "tgf_beta_secretion_m2",
      "pdgf_half_saturation",
      "matrix_memory_weight",
      "matrix_memory_half_saturation",
      "collagen_activation_fold",
      "collagen_degradation_fall",
      "collagen_immature_decay_rate",
      "collagen_crosslinking_rate",
      "collagen_synthesis_rate",
      "gelatinase_tgf_induction",
      "mmp_tgf_repression",
      "timp_tgf_induction",
  };
  return names;
}

double si_of(const parameters::ParameterInfo& info, double value) {
  return value * units::parse_unit(info.unit).si;
}

// A window of facial skin, as the well-mixed model sees it (volume fractions of the layers).
TissueEnvironment window(const HealingParameters& p, double age) {
  std::array<double, skin::kLayerCount> f{};
  f[int(skin::Layer::stratum_corneum)] = 0.03;
  f[int(skin::Layer::viable_epidermis)] = 0.09;
  f[int(skin::Layer::papillary_dermis)] = 0.18;
  f[int(skin::Layer::reticular_dermis)] = 0.70;
  return make_environment(f, p, age);
}

struct Outcome {
  std::vector<std::string> unresolved;  // species still away from rest, with their values
};

// Six sessions two weeks apart, each damaging 8 % of the window (a heavy 1.5 mm course is
// 2-5 %), then two years without treatment.
Outcome run_course(const parameters::ParameterSet& set) {
  const HealingParameters p = HealingParameters::from(set);
  const double age = 45 * kYear;
  const HealingKinetics kin(p, {window(p, age)}, age, false);
  const State& rest = kin.rest(0).u;
  std::vector<double> u(rest.begin(), rest.end());
  numerics::WellMixedOptions options;
  options.relative_tolerance = 1e-7;
  options.absolute_tolerance = 1e-12;
  double t = 0;
  for (int session = 0; session < 6; ++session) {
    State s;
    std::copy(u.begin(), u.end(), s.begin());
    kin.apply_injury(s, 0.08, 0.05, 0.08);
    u.assign(s.begin(), s.end());
    const double next = t + 14 * kDay;
    u = numerics::integrate_well_mixed(kin, u, t, {next}, {}, options).front();
    t = next;
  }
  const double end = t + 2 * kYear;
  u = numerics::integrate_well_mixed(kin, u, t, {end}, {}, options).front();
  Outcome out;
  const auto& info = species_info();
  for (Species s :
       {neutrophils, macrophages_m1, macrophages_m2, fibroblasts, myofibroblasts, cytokines,
        tgf_beta, latent_tgf_beta, pdgf, kgf, mmp, gelatinase, timp, tropoelastin, hyaluronan}) {
    const double r = rest[std::size_t(s)];
    const double tolerance = 0.01 * std::abs(r) + info[std::size_t(s)].tolerance;
    if (std::abs(u[std::size_t(s)] - r) > tolerance)
      out.unresolved.push_back(std::string(info[std::size_t(s)].name) + " " +
                               std::to_string(u[std::size_t(s)]) + " (rest " + std::to_string(r) +
                               ")");
  }
  // The matrix is heading back, not growing: collagen no longer rises.
  State x, du{};
  std::copy(u.begin(), u.end(), x.begin());
  kin.rates(end, x.data(), du.data(), {});
  if (du[collagen_i] + du[collagen_iii] > 1e-9 * (rest[collagen_i] + rest[collagen_iii]) / kDay)
    out.unresolved.push_back("collagen still rising");
  return out;
}

}  // namespace

TEST(RepairResolution, EveryLoopParameterAtEitherEndOfItsRangeReturnsToRest) {
  const auto defaults = parameters::default_parameters();
  {
    const Outcome o = run_course(defaults);
    EXPECT_TRUE(o.unresolved.empty()) << "defaults: " << o.unresolved.front();
  }
  for (const auto& name : loop_parameters()) {
    const auto& info = defaults.info(name);
    for (double end : {info.min, info.max}) {
      auto set = defaults;
      set.set_si(name, si_of(info, end));
      const Outcome o = run_course(set);
      EXPECT_TRUE(o.unresolved.empty())
          << name << " = " << end << " " << info.unit << ": " << o.unresolved.front();
    }
  }
}

TEST(RepairResolution, AllLoopGainsAtTheirHighEndsTogetherStillReturnToRest) {
  // The corner where every loop is strongest at once: the most activation, the longest memory,
  // the least resolution.
  auto set = parameters::default_parameters();
  auto at = [&](const std::string& name, bool high) {
    const auto& info = set.info(name);
    set.set_si(name, si_of(info, high ? info.max : info.min));
  };
  for (const char* high :
       {"fibroblast_proliferation_rate", "fibroblast_tgf_mitogenesis", "fibroblast_max_density",
        "myofibroblast_differentiation_rate", "tgf_beta_autoinduction", "latent_tgf_beta_resting",
        "tgf_beta_secretion_m2", "matrix_memory_weight", "collagen_activation_fold",
        "collagen_degradation_fall", "gelatinase_tgf_induction", "mmp_tgf_repression"})
    at(high, true);
  for (const char* low :
       {"fibroblast_return_rate", "myofibroblast_removal_rate", "latent_tgf_beta_turnover_rate",
        "tgf_beta_decay_rate", "tgf_beta_half_saturation", "pdgf_half_saturation",
        "matrix_memory_half_saturation", "collagen_immature_decay_rate"})
    at(low, false);
  const Outcome o = run_course(set);
  EXPECT_TRUE(o.unresolved.empty()) << o.unresolved.front();
}
