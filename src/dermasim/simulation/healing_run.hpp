#pragma once
// The healing stage: from each session's injury to the time course of the tissue, in one of two
// fidelities that share the kinetics (biology/healing_kinetics):
//  - 3d: the full model on the grid, cytokines diffusing and cells migrating (numerics engine);
//  - well_mixed: the window as one compartment driven by the injury totals (SUNDIALS CVODE),
//    for instant exploration. docs/model.md states how far apart the two are.
// Sessions are events: each lands on the tissue the previous ones left.
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "dermasim/numerics/well_mixed.hpp"
#include "dermasim/simulation/healing_domain.hpp"
#include "dermasim/simulation/healing_observables.hpp"
#include "dermasim/simulation/output_schedule.hpp"
#include "dermasim/simulation/tissue_columns.hpp"

namespace dermasim::simulation {

enum class Fidelity { three_d, well_mixed };

struct HealingResult {
  Fidelity fidelity = Fidelity::three_d;
  std::vector<Seconds> times;             // output times, s after the first session
  std::vector<std::vector<double>> rows;  // observables at each time (observable_columns())
  /// Columns beyond the observables, which only some runs have: the free concentrations of the
  /// second and later serums of [[serums]] (added_serum_columns); added_rows[i] at times[i].
  std::vector<std::string> added_columns;
  std::vector<std::vector<double>> added_rows;
  std::vector<double> rest;                // observables of the resting (untreated) tissue
  std::vector<double> young_rest;          // the same skin's at the reference age (a young adult)
  long steps = 0;                          // accepted steps (3D) or CVODE calls (well-mixed)
  long rejected = 0;                       // rejected steps (3D)
  std::vector<long> limiting_species;      // 3D: how often each species limited the step
  double smallest_dt = 0, largest_dt = 0;  // 3D: accepted step sizes, s
  long clipped_values = 0;                 // 3D: undershoots raised to their lower bound
  double wall_seconds = 0;
  /// What the outcomes read: the tissue columns at each output time and before any session
  /// (with the conditions), and a depth section of the matrix at week 26 or the end of the run,
  /// whichever comes first (3D only).
  std::vector<TissueColumns> columns;
  TissueColumns initial;
  MatrixSection section;
  /// Well-mixed: the compartment's state at each output time, every biology::Species in its
  /// unit (absolute, not deviations). Empty in 3D. The SBML export is verified against it.
  std::vector<biology::State> well_mixed_states;

  /// One column over time, by name (an observable or an added column).
  std::vector<double> column(const std::string& name) const;
};

/// Reports progress in [0, 1] of simulated time: after each output time, and in 3D after each
/// accepted step as well. It may throw to stop the run (simulate()'s Cancelled): it is called
/// outside the solvers' parallel regions, and the result is then abandoned.
using HealingProgress = std::function<void(double)>;

/// Chosen species of the 3D model handed out at chosen times (`dermasim run --fields`). The run
/// stops at each time; a time that is not an output time adds no row to the result.
struct FieldSampling {
  std::vector<Seconds> times;             // sorted, unique, within [0, duration]
  std::vector<biology::Species> species;  // which fields
  /// Called at times[index] for each chosen species with its absolute value in every voxel of
  /// the healing grid (the species' unit, Grid3D order). At a session's time, the state just
  /// after its needles. `values` lives for the call only.
  std::function<void(std::size_t index, Seconds t, biology::Species s,
                     std::span<const double> values)>
      sink;
};

/// The well-mixed model of a domain: the kinetics of the window's environment in absolute form
/// with the person's pigmentation, and the state before the first session (the resting state
/// plus the conditions' window means). run_healing(well_mixed) integrates exactly this, and
/// `dermasim export-sbml` writes it.
struct WellMixedModel {
  biology::HealingKinetics kinetics;
  biology::State initial;
};
WellMixedModel well_mixed_model(const HealingDomain& d);

/// CVODE's tolerances for the well-mixed model (anything that integrates the same model to
/// compare with it, such as the SBML export's test, uses these).
numerics::WellMixedOptions well_mixed_options();

/// `fields` (3D only; may be null) is fed as the run reaches its times.
HealingResult run_healing(const HealingDomain& domain, Fidelity fidelity,
                          const HealingProgress& progress = {},
                          const FieldSampling* fields = nullptr);

std::string_view fidelity_name(Fidelity f);

}  // namespace dermasim::simulation
