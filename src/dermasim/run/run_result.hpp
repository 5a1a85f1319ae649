#pragma once
// Everything one run produced, in memory and typed (simulate.hpp): what the run folder holds, as
// data. Writing the folder is one consumer of it (io::write_run_outputs), the Python module
// another.
#include <optional>
#include <string_view>
#include <vector>

#include "dermasim/actives/tissue_action.hpp"
#include "dermasim/grid/grid3d.hpp"
#include "dermasim/io/field_selection.hpp"
#include "dermasim/outcomes/outcomes.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/simulation/healing_domain.hpp"
#include "dermasim/simulation/healing_run.hpp"
#include "dermasim/simulation/injury_stage.hpp"
#include "dermasim/simulation/serum_action.hpp"
#include "dermasim/transport/serum_run.hpp"

namespace dermasim {

/// The 3D fields of a run kept in memory (RunOptions::fields without a sink).
struct RunFields {
  io::FieldRequest request;
  grid::Grid3D grid;  // the healing grid the fields are on
  /// values[t][s]: request.species[s] at request.times[t], in the species' unit, Grid3D order.
  std::vector<std::vector<std::vector<double>>> values;

  /// A field by the name --fields accepts ("collagen_i") at a time with its unit ("28 d"),
  /// rounded to the second. A field or a time the run did not keep is io::FieldRequestError
  /// saying what it kept.
  const std::vector<double>& at(std::string_view name, std::string_view time) const;
};

/// How the serums acted on the tissue (docs/model.md 9), when one did.
struct SerumAction {
  std::shared_ptr<const actives::TissueAction> action;  // also the domain's drug_action
  /// Largest change of the open channel fraction during the serums' contacts between the
  /// healing run their transport used (without their action) and the one with it.
  double closure_residual = 0;
};

/// One serum of the scenario (scenario.serums[i]) as run.
struct SerumRun {
  /// Its transport after the first session it follows: absorption.csv for the first serum,
  /// absorption_<k>.csv for the k-th (k = 2, 3, ...).
  transport::AbsorptionResult absorption;
  /// Every application (one per session it follows) with its transport, when it acts or
  /// follows several sessions; `absorption` is the first's.
  std::vector<simulation::SerumApplication> applications;
  /// Its mechanism when it acted on the tissue; none in a Franz cell or for an active without
  /// one.
  actives::Mechanism mechanism = actives::Mechanism::none;
};

struct RunResult {
  scenario::Scenario scenario;  // as run (its resolved_toml reproduces the run)
  simulation::Fidelity fidelity = simulation::Fidelity::three_d;
  /// Punctures, their summary, the layers and the injury field (its values only when kept:
  /// RunOptions::keep_injury_field).
  simulation::InjuryStage injury;
  simulation::HealingDomain domain;
  /// The time course: rows by simulation::observable_columns(), whatever columns it has.
  simulation::HealingResult healing;
  outcomes::OutcomeSeries outcomes;
  /// Each of the scenario's serums as run, in scenario.serums' order (empty without one).
  std::vector<SerumRun> serums;
  std::optional<SerumAction> serum_action;  // when a serum's or the home regimen's active acts
  /// The same treatment without any serum's action (compare = true on a serum or the home
  /// regimen): its time course and outcomes, for summary.json serum_effect_pct.
  struct WithoutSerum {
    simulation::HealingResult healing;
    outcomes::OutcomeSeries outcomes;
  };
  std::optional<WithoutSerum> without_serum;
  /// The home regimen's transport (one film on intact skin) and when its films went on (s after
  /// the first session), when it acts.
  std::optional<transport::AbsorptionResult> home_absorption;
  std::vector<double> home_application_times;
  std::optional<RunFields> fields;  // when kept in memory
  double elapsed_s = 0;             // wall time of the run
};

}  // namespace dermasim
