#pragma once
// A serum applied with (or after) a session: which active, how much, when, occluded or not, in
// vivo or in a Franz cell, on human or (Franz only) rat skin (docs/model.md section 8; README,
// [serum]).
#include <vector>

#include "dermasim/transport/actives.hpp"

namespace dermasim::transport {

enum class TransportMode { in_vivo, franz };

/// The skin in the cell: human, or excised rat skin, whose intact stratum corneum is more
/// permeable (rat_skin_permeability_factor; Franz only: the healing model is human skin's).
enum class SkinSpecies { human, rat };

/// The lateral discretisation of the channel's unit cell (docs/model.md 8.1, 8.9): the square
/// cell of the lattice on the 3D engine's grid, or the cylinder of the same area around the
/// channel in (r, z) on CVODE (verified against the square one); by_fidelity: the square one
/// with the 3D healing model, the cylinder with the well-mixed one (run/simulate.cpp; a direct
/// run_absorption takes it as square).
enum class UnitCell { by_fidelity, square, axisymmetric };

struct SerumSpec {
  bool present = false;
  Active active;                  // from the library, or given by its properties
  double concentration = 0;       // kg/m^3 (mg/mL) of active in the vehicle
  bool infinite_dose = false;     // a reservoir that does not deplete
  double dose = 0;                // kg/m^2 of serum (finite dose)
  double vehicle_density = 1000;  // kg/m^3: the film is dose / density thick
  /// Half-life (s) of the active in the film on the skin (oxidation of L-ascorbic acid in air,
  /// hydrolysis): first-order loss in the vehicle, reported as `degraded`; 0: stable
  /// (docs/model.md 8.4).
  double vehicle_half_life = 0;
  int session = 0;  // the session it follows (0-based): the first, if several
  /// Every session it is applied after (0-based, increasing; in vivo), `session` first; each
  /// application delivers and acts (docs/model.md 9.1); absorption.csv describes the first.
  std::vector<int> sessions;
  double delay = 0;       // s from that session's needles to the application
  bool occluded = false;  // covered for the whole contact time
  /// Also run the treatment without the serum's action and report the difference
  /// (summary.json serum_effect_pct, docs/model.md 9.4).
  bool compare = false;
  double duration = 0;  // s of contact simulated after the application
  TransportMode mode = TransportMode::in_vivo;
  double franz_thickness = 0;             // m, the tissue slab over the receptor (Franz mode)
  SkinSpecies skin = SkinSpecies::human;  // rat only in Franz mode
  std::vector<double> profile_times;      // s after the application: depth profiles and figures
  double lateral_resolution = 0;          // m, the unit cell's voxels across
  double depth_resolution = 0;            // m, and in depth (the stratum corneum needs a few)
  // m, the finest first tissue plane: the first plane is a fifth of the active's penetration
  // into intact stratum corneum in 1 h, sqrt(D_sc 1 h), but no thinner than this and no thicker
  // than depth_resolution; planes grow from it by 1.25 per plane up to depth_resolution, so that
  // a slow active's uptake into the stratum corneum is resolved (docs/model.md 8.1). 0: uniform.
  // 0.1 um holds a peptide's intact uptake within 1 % of the converged one (0.25 um: 5 %).
  double surface_resolution = 0.1e-6;
  double relative_tolerance = 1e-2;       // of the adaptive steps
  UnitCell cell = UnitCell::by_fidelity;  // [serum] unit_cell
};

/// A serum used at home between sessions (docs/model.md 9.1): on intact skin (the channels have
/// closed within hours of a session), applied every `every` from `start` to `end` (s after the
/// first session), skipped within `pause` after a session, each film in contact for
/// `serum.duration`.
struct HomeRegimen {
  bool present = false;
  SerumSpec serum;  // in vivo; `session`, `delay` and `occluded` do not apply
  double every = 86400, start = 86400, end = 0, pause = 0;
};

}  // namespace dermasim::transport
