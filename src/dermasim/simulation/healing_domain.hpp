#pragma once
// Where the healing model runs: its grid (coarser than the injury grid: the signals it carries
// vary over hundreds of micrometres), the skin layers, the histology window the outcomes are
// measured over, and each session's injury on that grid.
#include <cstdint>
#include <memory>
#include <vector>

#include "dermasim/biology/healing_kinetics.hpp"
#include "dermasim/biology/healing_parameters.hpp"
#include "dermasim/biology/tissue_environment.hpp"
#include "dermasim/grid/grid3d.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/simulation/injury_stage.hpp"
#include "dermasim/transport/serum_spec.hpp"

namespace dermasim::simulation {

/// Intact tissue kept below the deepest channel or the window, whichever is deeper (m).
inline constexpr double kHealingDepthMargin = 200e-6;

struct SessionInjury {
  double time = 0;              // s after the first session
  std::vector<double> damaged;  // per voxel of the healing grid, in [0, 1]
  std::vector<double> clot;     // per voxel: damaged volume below the bleeding depth
};

/// The tissue the conditions imply at the start, as deviations from the resting state of each
/// voxel's plane (zero everywhere without conditions).
struct ConditionTissue {
  std::vector<double> scar_collagen;          // per voxel, mg/cm^3 (the fibrotic bases)
  std::vector<double> epidermal_melanin;      // per voxel, above the plane's rest (relative units)
  std::vector<double> dermal_melanin;         // per voxel (relative units)
  std::vector<biology::PigmentSite> pigment;  // per voxel; empty without pigmentation
  std::vector<char> lesion;                   // per column (nx * ny): 1 where lesional
  bool empty() const { return scar_collagen.empty(); }
};

struct HealingDomain {
  grid::Grid3D grid;
  skin::LayerStack skin;
  skin::Conditions conditions;
  ConditionTissue condition_tissue;
  int fitzpatrick = 3;
  biology::HealingParameters parameters;
  double age = 0;             // s
  double window_bottom = 0;   // m: outcomes are averaged from the surface to here
  double bleeding_depth = 0;  // m: below it a channel fills with blood
  std::vector<SessionInjury> sessions;
  std::vector<biology::TissueEnvironment> plane_environment;  // one per depth plane
  std::vector<double> plane_window_share;                     // share of each plane in the window
  double duration = 0;                                        // s after the first session
  std::uint64_t seed = 1;  // the scenario's (placement of the conditions' lesions)
  /// When the skin is occluded (a serum kept under a cover): [start, end) in s after the first
  /// session. The epidermis re-closes more slowly under occlusion.
  std::vector<std::pair<double, double>> occlusion;
  /// What a serum's delivered actives do to the kinetics (none: nullptr), built for the fidelity
  /// the domain is run at: its environments are the grid's depth planes (3D) or the window
  /// (well-mixed), simulation/serum_action.hpp.
  std::shared_ptr<const biology::DrugAction> drug_action;

  /// Whether the skin is occluded over (a, b): windows never straddle an output interval, since
  /// their edges are output times.
  bool occluded_during(double a, double b) const;
  /// The edges of the occlusion windows (extra output times).
  std::vector<std::int64_t> occlusion_edges() const;
};

/// Depth of the healing grid: the whole histology window, the deepest channel and the
/// conditions' fibrotic tissue, whichever is deepest, plus kHealingDepthMargin. (It is not capped
/// by the injury grid: the healing model rasterizes the punctures on its own grid.)
double healing_depth(const scenario::Scenario& sc, double deepest_channel);

/// Builds the domain: rasterizes each session's punctures on the healing grid.
HealingDomain make_healing_domain(const scenario::Scenario& sc, const InjuryStage& stage);

/// The well-mixed compartment: the window as one volume (at the person's age, or another).
biology::TissueEnvironment window_environment(const HealingDomain& d);
biology::TissueEnvironment window_environment(const HealingDomain& d, double age);

/// Window means of the conditions' tissue (what the well-mixed compartment starts from): the
/// added scar collagen, epidermal and dermal melanin, and the mean pigmentary unit (activity
/// weighted by viable epidermis, leak by volume).
struct WindowConditions {
  double scar_collagen = 0, epidermal_melanin = 0, dermal_melanin = 0;
  biology::PigmentSite pigment;
};
WindowConditions window_conditions(const HealingDomain& d);

/// Injury totals of one session over the window: damaged and clotted volume fractions, and the
/// open fraction of the epidermis.
struct InjuryTotals {
  double damaged = 0, clot = 0, epidermis_open = 0;
};
InjuryTotals window_totals(const HealingDomain& d, const SessionInjury& s);

}  // namespace dermasim::simulation
