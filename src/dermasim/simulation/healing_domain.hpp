#pragma once
// Where the healing model runs: its grid (coarser than the injury grid: the signals it carries
// vary over hundreds of micrometres), the skin layers, the histology window the outcomes are
// measured over, and each session's injury on that grid.
#include <vector>

#include "dermasim/biology/healing_parameters.hpp"
#include "dermasim/biology/tissue_environment.hpp"
#include "dermasim/grid/grid3d.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/simulation/injury_stage.hpp"

namespace dermasim::simulation {

/// Intact tissue kept below the deepest channel or the window, whichever is deeper (m).
inline constexpr double kHealingDepthMargin = 200e-6;

struct SessionInjury {
  double time = 0;              // s after the first session
  std::vector<double> damaged;  // per voxel of the healing grid, in [0, 1]
  std::vector<double> clot;     // per voxel: damaged volume below the bleeding depth
};

struct HealingDomain {
  grid::Grid3D grid;
  skin::LayerStack skin;
  biology::HealingParameters parameters;
  double age = 0;             // s
  double window_bottom = 0;   // m: outcomes are averaged from the surface to here
  double bleeding_depth = 0;  // m: below it a channel fills with blood
  std::vector<SessionInjury> sessions;
  std::vector<biology::TissueEnvironment> plane_environment;  // one per depth plane
  std::vector<double> plane_window_share;                     // share of each plane in the window
  double duration = 0;                                        // s after the first session
};

/// Builds the domain: rasterizes each session's punctures on the healing grid.
HealingDomain make_healing_domain(const scenario::Scenario& sc, const InjuryStage& stage);

/// The well-mixed compartment: the window as one volume.
biology::TissueEnvironment window_environment(const HealingDomain& d);

/// Injury totals of one session over the window: damaged and clotted volume fractions, and the
/// open fraction of the epidermis.
struct InjuryTotals {
  double damaged = 0, clot = 0, epidermis_open = 0;
};
InjuryTotals window_totals(const HealingDomain& d, const SessionInjury& s);

}  // namespace dermasim::simulation
