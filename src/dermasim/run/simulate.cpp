#include "dermasim/run/simulate.hpp"

#include <fmt/format.h>
#include <omp.h>
#include <algorithm>
#include <chrono>
#include <cmath>

#include "dermasim/simulation/healing_domain.hpp"
#include "dermasim/simulation/serum_action.hpp"
#include "dermasim/simulation/serum_stage.hpp"

namespace dermasim {

namespace {

/// Sets the calling thread's OpenMP thread count for a scope and restores it after: the count
/// is a per-thread setting (an ICV of the thread's task), so no other thread's run sees it.
class ThreadCount {
 public:
  explicit ThreadCount(int n) : saved_(omp_get_max_threads()) { omp_set_num_threads(n); }
  ~ThreadCount() { omp_set_num_threads(saved_); }
  ThreadCount(const ThreadCount&) = delete;
  ThreadCount& operator=(const ThreadCount&) = delete;

 private:
  int saved_;
};

/// Keeps the fields in the result (RunOptions::fields without a sink).
class KeptFields final : public FieldSink {
 public:
  explicit KeptFields(const io::FieldRequest& request) { fields_.request = request; }
  void open(const grid::Grid3D& healing_grid) override {
    fields_.grid = healing_grid;
    fields_.values.assign(fields_.request.times.size(),
                          std::vector<std::vector<double>>(fields_.request.species.size()));
  }
  void write(std::size_t time_index, simulation::Seconds, biology::Species species,
             std::span<const double> values) override {
    const auto& wanted = fields_.request.species;
    const auto s = std::size_t(std::find(wanted.begin(), wanted.end(), species) - wanted.begin());
    fields_.values.at(time_index).at(s).assign(values.begin(), values.end());
  }
  RunFields take() { return std::move(fields_); }

 private:
  RunFields fields_;
};

/// The scenario with its serums' unit cells resolved (docs/model.md 8.9): one the scenario
/// names is kept; by default the 3D fidelity's serum runs on the square 3D cell and the
/// well-mixed one's on the axisymmetric cell, so that a well-mixed course of applications costs
/// seconds, not minutes.
scenario::Scenario with_unit_cells(const scenario::Scenario& given, simulation::Fidelity f) {
  scenario::Scenario sc = given;
  const auto cell = f == simulation::Fidelity::well_mixed ? transport::UnitCell::axisymmetric
                                                          : transport::UnitCell::square;
  for (auto& serum : sc.serums)
    if (serum.cell == transport::UnitCell::by_fidelity) serum.cell = cell;
  if (sc.home_serum.serum.cell == transport::UnitCell::by_fidelity) sc.home_serum.serum.cell = cell;
  return sc;
}

}  // namespace

int run_threads(const scenario::Scenario& sc, const RunOptions& options) {
  if (options.threads > 0) return options.threads;
  if (sc.simulation.threads > 0) return sc.simulation.threads;
  return omp_get_max_threads();
}

RunResult simulate(const scenario::Scenario& given, const RunOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const scenario::Scenario sc = with_unit_cells(given, options.fidelity);
  if (options.fields && options.fidelity == simulation::Fidelity::well_mixed)
    throw io::FieldRequestError(
        "fields need the 3D model (the well-mixed one has no grid): ask for fidelity 3d");
  const ThreadCount threads(run_threads(sc, options));
  auto report = [&options](std::string_view stage, double fraction) {
    if (options.progress) options.progress(stage, fraction);
  };
  auto check_stop = [&options](std::string_view where) {
    if (options.stop.stop_requested())
      throw Cancelled(fmt::format("the run was cancelled ({}); nothing was written", where));
  };

  RunResult r;
  r.scenario = sc;
  r.fidelity = options.fidelity;
  check_stop("before it started");
  r.injury = simulation::run_injury_stage(sc, options.progress);
  const bool damage_field = options.fields && options.fields->injury_damage;
  if (!options.keep_injury_field && !damage_field) {
    // The stages after this one read the punctures, not the field: free it (grid kept).
    std::vector<double>().swap(r.injury.field.damaged_fraction);
  }
  check_stop("after the injury stage");

  report("healing domain", 0.0);
  r.domain = simulation::make_healing_domain(sc, r.injury);
  report("healing domain", 1.0);
  check_stop("before the healing stage");

  std::optional<KeptFields> kept;
  FieldSink* sink = options.field_sink;
  simulation::FieldSampling sampling;
  if (options.fields) {
    if (!sink) sink = &kept.emplace(*options.fields);
    sink->open(r.domain.grid);
    sampling.times = options.fields->times;
    sampling.species = options.fields->species;
    sampling.sink = [sink](std::size_t index, simulation::Seconds t, biology::Species s,
                           std::span<const double> values) { sink->write(index, t, s, values); };
  }
  const std::string healing_stage =
      fmt::format("healing ({})", simulation::fidelity_name(options.fidelity));
  auto healing_progress = [&](double f) {
    report(healing_stage, f);
    check_stop("during the healing stage");
  };
  auto serum_progress = [&](double f) {
    report("serum", f);
    check_stop("during the serum stage");
  };
  const bool serum_acts = simulation::any_serum_acts(sc);
  const bool home_acts = simulation::home_serum_acts(sc);
  r.serums.resize(sc.serums.size());
  std::vector<std::vector<simulation::SerumApplication>> courses(sc.serums.size());
  std::optional<simulation::HealingResult> closure;
  double closure_end = 0;
  if (serum_acts) {
    // The serums act on the healing that closes their channels (docs/model.md 9.3): the healing
    // runs to the end of the last contact for the closure, the transport of each acting serum
    // on it, then the whole healing with the delivered actives acting.
    simulation::HealingDomain closure_domain = r.domain;
    closure_end =
        std::min(r.domain.duration, std::ceil(simulation::serum_contact_end(sc, r.domain)));
    closure_domain.duration = closure_end;
    closure = simulation::run_healing(closure_domain, options.fidelity,
                                      [&](double) { check_stop("during the healing stage"); });
    check_stop("after the closure run");
    report("serum", 0.0);
    std::vector<std::size_t> acting;
    for (std::size_t i = 0; i < sc.serums.size(); ++i)
      if (simulation::serum_acts(sc.serums[i])) acting.push_back(i);
    for (std::size_t n = 0; n < acting.size(); ++n) {
      const double share = 1.0 / double(acting.size());
      courses[acting[n]] = simulation::run_serum_course(
          sc, sc.serums[acting[n]], r.injury, r.domain, *closure,
          [&, n, share](double f) { serum_progress((double(n) + f) * share); });
    }
    report("serum", 1.0);
    check_stop("after the serum stage");
  }
  if (home_acts) {
    // The home regimen meets intact skin: one transport serves every film (9.1).
    r.home_absorption = simulation::run_home_transport(sc, r.injury, [&](double f) {
      report("home serum", f);
      check_stop("during the home serum's transport");
    });
  }
  if (sc.home_serum.present)
    r.home_application_times = simulation::home_application_times(sc, r.domain);
  if (serum_acts || home_acts) {
    SerumAction acting;
    acting.action = simulation::serum_action(sc, r.domain, options.fidelity, courses,
                                             r.home_absorption ? &*r.home_absorption : nullptr);
    r.domain.drug_action = acting.action;
    r.serum_action = std::move(acting);
  }
  for (std::size_t i = 0; i < courses.size(); ++i) {
    if (courses[i].empty()) continue;
    // The action reads the transports through the applications' shared results, which move
    // with them.
    r.serums[i].absorption = *courses[i].front().absorption;
    r.serums[i].applications = std::move(courses[i]);
    r.serums[i].mechanism = actives::mechanism_of(sc.serums[i].active.name);
  }
  r.healing = simulation::run_healing(r.domain, options.fidelity, healing_progress,
                                      options.fields ? &sampling : nullptr);
  check_stop("after the healing stage");
  if (closure)
    r.serum_action->closure_residual =
        simulation::closure_difference(*closure, r.healing, 0.0, closure_end);
  report("outcomes", 0.0);
  r.outcomes = outcomes::compute_outcomes(sc, r.domain, r.healing);
  report("outcomes", 1.0);
  check_stop("after the outcomes");
  const bool compare =
      std::any_of(sc.serums.begin(), sc.serums.end(), [](const auto& s) { return s.compare; }) ||
      (sc.home_serum.present && sc.home_serum.serum.compare);
  if (compare && r.domain.drug_action) {
    // The same treatment with the serums acting on nothing: what they added.
    simulation::HealingDomain plain = r.domain;
    plain.drug_action.reset();
    RunResult::WithoutSerum without;
    without.healing = simulation::run_healing(plain, options.fidelity, [&](double f) {
      report("healing without the serum", f);
      check_stop("during the healing stage without the serum");
    });
    without.outcomes = outcomes::compute_outcomes(sc, plain, without.healing);
    r.without_serum = std::move(without);
    check_stop("after the comparison without the serum");
  } else if (compare) {
    r.without_serum = {r.healing, r.outcomes};  // nothing acts: with and without are one run
  }
  for (std::size_t i = 0; i < sc.serums.size(); ++i) {
    const auto& serum = sc.serums[i];
    if (simulation::serum_acts(serum)) continue;
    // A serum that acts on nothing meets the channels of the healing as run.
    report("serum", 0.0);
    auto& run = r.serums[i];
    if (serum.sessions.size() > 1) {
      run.applications =
          simulation::run_serum_course(sc, serum, r.injury, r.domain, r.healing, serum_progress);
      run.absorption = *run.applications.front().absorption;
    } else {
      run.absorption =
          simulation::run_serum_stage(sc, serum, r.injury, r.domain, &r.healing, serum_progress);
    }
    report("serum", 1.0);
    check_stop("after the serum stage");
  }
  if (kept) r.fields = kept->take();
  r.elapsed_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace dermasim
