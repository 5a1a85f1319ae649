#pragma once
// The engine: du/dt = div(D grad u) + R(u, x, t) for the species it is given, on the 3D grid.
//
// One step is Strang splitting (Strang 1968, SIAM J Numer Anal 5:506): kinetics over dt/2,
// diffusion over dt, kinetics over dt/2 - second order when both parts are. Kinetics: ROS2 per
// voxel (rosenbrock.hpp); diffusion: LodDiffusion (TR-BDF2 sweeps by default).
//
// Adaptive steps: each step is taken once with dt and once as two steps of dt/2 (step doubling,
// Hairer, Norsett & Wanner 1993, sec. II.4; the two kinetics half steps in the middle of the
// pair are one flow and take one call). For a scheme of order p their difference estimates
// the error of the finer result, err = max |u_dt - u_dt/2| / ((2^p - 1)(atol + rtol |u|)); the
// step is accepted when err <= 1 and the next dt is dt * clamp(0.9 err^(-1/(p+1)), 0.2, 4). A step
// that produces a value below -(atol + rtol max|u|) or a non-finite value is rejected and retried
// with dt/4. Below dt_min the run stops with StepFailure; the fields keep the last accepted state
// (never a NaN) and completed outputs stay as they are.
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "dermasim/grid/field_set.hpp"
#include "dermasim/numerics/chemotaxis.hpp"
#include "dermasim/numerics/diffusion_spec.hpp"
#include "dermasim/numerics/kinetics.hpp"
#include "dermasim/numerics/lod_diffusion.hpp"
#include "dermasim/numerics/rosenbrock.hpp"

namespace dermasim::numerics {

class StepFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct StepperOptions {
  DiffusionScheme scheme = DiffusionScheme::tr_bdf2;
  bool adaptive = true;
  double relative_tolerance = 1e-3;
  std::vector<double> absolute_tolerance;  // per species; empty: 1e-6 of each species' peak
  double dt_initial = 60.0;                // s
  double dt_min = 1e-3;                    // s
  double dt_max = 7 * 86400.0;             // s
  LocalTolerance kinetics_tolerance;       // for the per-voxel ROS2 substeps
  /// Lowest admissible value of each species in each depth plane (species x nz); empty means 0
  /// everywhere. A model that integrates deviations from a resting state u_rest sets -u_rest.
  std::vector<std::vector<double>> lower_bound_by_plane;
  /// After each accepted step, raise values that undershot their lower bound (within the
  /// tolerance the step accepted) back to it. Without it an accepted undershoot can later be
  /// judged inadmissible when the tolerance scale changes (e.g. after an event), and no step size
  /// can then remove it. The mass this adds is at most the accepted slack per voxel.
  bool clip_to_lower_bound = false;
  /// Directed migration (chemotaxis.hpp), applied after the diffusion of each Strang step (Lie
  /// splitting inside the transport part: first order in the chemotactic drift).
  std::vector<ChemotaxisSpec> chemotaxis;
};

struct StepperStats {
  long accepted = 0;
  long rejected_error = 0;
  long rejected_negative = 0;
  long clipped_values = 0;             // values raised to their lower bound (clip_to_lower_bound)
  std::vector<long> limiting_species;  // per species: how often it set the error norm
  double last_dt = 0;
  double smallest_dt = 0;
  double largest_dt = 0;
};

class ReactionDiffusion {
 public:
  /// `kinetics` may be null (pure diffusion); it must outlive this object.
  ReactionDiffusion(const grid::Grid3D& grid, std::vector<DiffusionSpec> species,
                    const Kinetics* kinetics, StepperOptions options = {});

  grid::FieldSet& fields() { return fields_; }
  const grid::FieldSet& fields() const { return fields_; }
  double time() const { return time_; }
  void set_time(double t) { time_ = t; }
  const StepperStats& stats() const { return stats_; }
  const StepperOptions& options() const { return options_; }
  std::vector<DiffusionSpec>& species() { return species_; }

  /// One Strang step of exactly dt from time(), no error control (convergence studies).
  void step_fixed(double dt);
  /// Advances to t_end with adaptive steps (or fixed steps of dt_initial when not adaptive).
  /// `on_step` (may be empty) is called after each accepted step with the new time.
  void advance_to(double t_end, const std::function<void(double)>& on_step = {});

 private:
  /// False when a voxel's kinetics could not be integrated (the step is then rejected).
  [[nodiscard]] bool strang(grid::FieldSet& f, double t, double dt);
  /// Two Strang steps of dt from t, the kinetics between them merged into one call.
  [[nodiscard]] bool strang_twice(grid::FieldSet& f, double t, double dt);
  [[nodiscard]] bool react(grid::FieldSet& f, double t, double dt);
  void diffuse(grid::FieldSet& f, double dt);
  bool admissible(const grid::FieldSet& f) const;
  std::string describe_violation(const grid::FieldSet& f) const;
  void clip(grid::FieldSet& f);
  int order() const;  // temporal order of the whole step: 1 (backward Euler) or 2 (TR-BDF2)
  double error_norm(const grid::FieldSet& coarse, const grid::FieldSet& fine);

  grid::FieldSet fields_;
  std::vector<DiffusionSpec> species_;
  const Kinetics* kinetics_;
  StepperOptions options_;
  LodDiffusion diffusion_;
  JacobianStructure structure_;  // of the kinetics: coloured FD Jacobian, block-triangular W
  std::vector<double> kinetics_substep_;  // per voxel: the ROS2 substep its last call proposed
  // Per voxel: the Jacobian its last kinetics call used (packed), and the step attempt it
  // belongs to. The calls of one attempt (two of the coarse step, three of the fine pair) share
  // it; a new attempt differentiates again.
  std::vector<float> kinetics_jacobian_;
  std::vector<std::uint32_t> jacobian_attempt_;
  std::uint32_t attempt_ = 1;
  double time_ = 0;
  double next_dt_ = 0;
  bool scaled_atol_ = false;  // absolute tolerances follow each species' peak
  StepperStats stats_;
};

}  // namespace dermasim::numerics
