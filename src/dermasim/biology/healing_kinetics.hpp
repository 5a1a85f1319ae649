#pragma once
// The rate laws of the healing model at one voxel (docs/model.md, "Healing", gives every equation
// with its source). Numerics-agnostic: the 3D engine and the well-mixed CVODE model both call it.
//
// The kinetics can work on absolute values (well-mixed model) or on deviations from the resting
// state of the voxel's environment (3D model): diffusing deviations keeps intact skin exactly at
// rest even where resting levels change from layer to layer.
#include <array>
#include <vector>

#include "dermasim/biology/healing_parameters.hpp"
#include "dermasim/biology/species.hpp"
#include "dermasim/biology/tissue_environment.hpp"
#include "dermasim/numerics/kinetics.hpp"

namespace dermasim::biology {

using State = std::array<double, kSpecies>;

/// What a voxel's pigmentary unit does: its melanocytes' activity relative to the phototype's
/// normal (melasma > 1) and the melanin its basement membrane lets into the dermis (relative
/// units per second). Normal skin: {1, 0}.
struct PigmentSite {
  double melanocyte_activity = 1;
  double dermal_leak = 0;
};

/// Resting levels and the synthesis rates that hold them there, for one environment.
struct RestingState {
  State u{};
  double collagen_synthesis_per_cell = 0;  // mg/cm^3/s per cell/mm^3 (I + III)
  double collagen_iii_decay = 0;           // 1/s at resting MMP activity
  double elastin_synthesis_per_cell = 0;   // tropoelastin, mg/cm^3/s per cell/mm^3
  double elastotic_supply = 0;             // mg/cm^3/s (UV damage balancing turnover)
  double elastin_decay = 0;                // 1/s at unit relative MMP activity
  double matrix_turnover_scale = 1;        // age: mature-collagen turnover / a young adult's
  double mmp_activity = 0;                 // relative MMP activity at rest
};

class HealingKinetics : public numerics::Kinetics {
 public:
  /// One environment per index; VoxelInfo::k selects it.
  HealingKinetics(const HealingParameters& p, std::vector<TissueEnvironment> environments,
                  double age, bool deviation_form);

  int species() const override { return kSpecies; }
  void rates(double t, const double* u, double* dudt,
             const numerics::VoxelInfo& where) const override;
  /// Which species each rate law reads (the Jacobian's sparsity: the stiff integrator colours
  /// its finite differences and factors W block by block with it).
  std::vector<std::vector<int>> dependencies() const override;

  const HealingParameters& parameters() const { return p_; }
  const RestingState& rest(int environment) const { return rest_[std::size_t(environment)]; }
  const TissueEnvironment& environment(int e) const { return env_[std::size_t(e)]; }
  int environments() const { return int(env_.size()); }
  bool deviation_form() const { return deviation_; }

  /// The person's phototype (sets the propensity to post-inflammatory hyperpigmentation and how
  /// much melanin the epidermis degrades; type III until set) and, optionally, a pigmentary unit
  /// per voxel (indexed by VoxelInfo::index; one entry serves every voxel; the caller sizes it to
  /// its grid). Without sites every voxel is normal skin.
  void set_pigmentation(int fitzpatrick, std::vector<PigmentSite> sites = {});
  /// The dermal leak that holds `dermal_melanin` (relative units) at rest.
  static double dermal_leak_for(const HealingParameters& p, double dermal_melanin);

  /// Occlusion (a covered serum) slows the re-closure of the epidermis over the channels
  /// (occlusion_closure_slowdown). Set between integrations, never during one.
  void set_occluded(bool occluded) { occluded_ = occluded; }

  /// MMP activity relative to the papillary reference at rest (TIMP-inhibited).
  double relative_mmp_activity(const State& u) const;

  /// A needle session: `damaged` of the voxel volume destroyed (cells and matrix in it lost,
  /// damage signals released), `clot` of it filled with blood, `epidermis_open` of its epidermis
  /// opened (for a voxel, the damaged fraction: the channels are near vertical). Acts on absolute
  /// values.
  void apply_injury(State& u, double damaged, double clot, double epidermis_open) const;

 private:
  void absolute_rates(const State& u, const RestingState& rest, const TissueEnvironment& env,
                      const PigmentSite& pigment, double* dudt) const;

  HealingParameters p_;
  std::vector<TissueEnvironment> env_;
  std::vector<RestingState> rest_;
  bool deviation_;
  // Per-cell secretion rates that give the resting levels of the papillary reference.
  double mmp_per_fibroblast_ = 0;      // ng/mL/s per cell/mm^3
  double timp_per_fibroblast_ = 0;     // ng/mL/s per cell/mm^3
  double mmp_activity_reference_ = 1;  // ng/mL of active MMP at rest in papillary dermis
  double pih_gain_ = 1;                // PIH propensity of the phototype (type III = 1)
  double degraded_share_ = 0;          // epidermal melanin degraded in the epidermis, not shed
  bool occluded_ = false;
  std::vector<PigmentSite> pigment_;  // per voxel, or one for all, or none (normal)
};

}  // namespace dermasim::biology
