#pragma once
// The rate laws of the healing model at one voxel (docs/model.md, "Healing", gives every equation
// with its source). Numerics-agnostic: the 3D engine and the well-mixed CVODE model both call it.
//
// The kinetics can work on absolute values (well-mixed model) or on deviations from the resting
// state of the voxel's environment (3D model): diffusing deviations keeps intact skin exactly at
// rest even where resting levels change from layer to layer.
#include <array>
#include <memory>
#include <vector>

#include "dermasim/biology/drug_action.hpp"
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

/// Resting levels and the rates that hold them there, for one environment. Every layer's
/// resting turnover is defined against its own resting state (docs/model.md 6.4): the proteases
/// rest at the same activity in every environment, and each rate below is what holds that
/// environment still.
struct RestingState {
  State u{};
  double collagen_synthesis_per_cell = 0;     // mg/cm^3/s per quiescent fibroblast/mm^3 (I + III)
  double collagen_degraded_share = 0;         // of newly made collagen, degraded at once at rest
  double elastin_synthesis_per_cell = 0;      // tropoelastin, mg/cm^3/s per cell/mm^3
  double elastotic_supply = 0;                // mg/cm^3/s (UV damage balancing turnover)
  double elastin_decay = 0;                   // 1/s at resting elastase activity
  double hyaluronan_dermal_synthesis = 0;     // mg/cm^3/s by the resting fibroblasts
  double hyaluronan_epidermal_synthesis = 0;  // mg/cm^3/s by the resting keratinocytes
  // The resting state's saturations and room, which every rate call compares with.
  double h_pdgf = 0, h_tgf = 0, h_kgf = 0, h_immature = 0;
  double packing_room = 1;  // 1 - collagen / collagen_packing_limit
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

  /// What the rate laws read besides the parameters, the resting state and the pigmentary unit:
  /// constants the constructor and set_pigmentation() derive (the SBML export writes them).
  struct DerivedConstants {
    double collagenase_production = 0;     // ng/mL/s at rest, by the fibroblast lineage
    double gelatinase_production = 0;      // ng/mL/s
    double timp_production = 0;            // ng/mL/s
    double collagenase_rest = 0;           // active (TIMP-free) collagenase at rest, ng/mL
    double gelatinase_rest = 0;            // ng/mL
    double latent_secretion_per_cell = 0;  // latent TGF-beta, ng/mL/s per cell/mm^3
    double latent_activation = 0;          // 1/s at resting gelatinase activity
    double pih_gain = 1;                   // PIH propensity of the phototype (type III = 1)
    double melanin_degraded_share = 0;     // epidermal melanin degraded in the epidermis
  };
  DerivedConstants derived_constants() const;
  bool occluded() const { return occluded_; }

  /// The action of a serum's delivered actives (none: nullptr, the default). Shared, immutable,
  /// read by every thread; the rates become functions of time through it.
  void set_drug_action(std::shared_ptr<const DrugAction> action) { drug_ = std::move(action); }
  const DrugAction* drug_action() const { return drug_.get(); }
  /// The pigmentary unit the rate laws use at voxel `index` (normal skin without sites).
  const PigmentSite& pigment_site(std::size_t index) const;

  /// Collagenase and gelatinase activity (TIMP-inhibited) relative to rest, which is the same
  /// in every environment.
  double collagenase_activity(const State& u) const;
  double gelatinase_activity(const State& u) const;

  /// A needle session: `damaged` of the voxel volume destroyed (cells and matrix in it lost,
  /// damage signals released), `clot` of it filled with blood, `epidermis_open` of its epidermis
  /// opened (for a voxel, the damaged fraction: the channels are near vertical). Acts on absolute
  /// values.
  void apply_injury(State& u, double damaged, double clot, double epidermis_open) const;

 private:
  /// What several rate laws read of a state: saturations, signals above rest, activities.
  struct Signals {
    double h_damps = 0, h_cytokines = 0, recruitment = 0;
    double h_pdgf = 0, h_pdgf_rest = 0, h_tgf = 0, h_tgf_rest = 0, h_kgf = 0, h_kgf_rest = 0;
    double s_tgf = 0, s_pdgf = 0, s_kgf = 0;  // how far each is above rest, in [0, 1]
    double s_matrix = 0;     // new (immature) collagen fibrils above rest, in [0, 1]
    double activation = 0;   // of a fibroblast by growth factors or new matrix, in [0, 1]
    double lineage = 0;      // fibroblasts + myofibroblasts relative to rest (1 without any)
    double collagenase = 1;  // activities relative to rest
    double gelatinase = 1;
  };
  Signals signals(const State& u, const RestingState& rest, const DrugModifiers& drug) const;
  RestingState resting_state(const TissueEnvironment& env, double age) const;

  void absolute_rates(const State& u, const RestingState& rest, const TissueEnvironment& env,
                      const PigmentSite& pigment, const DrugModifiers& drug, double* dudt) const;
  // One part of the model each (inflammation_rates.cpp, repair_rates.cpp, matrix_rates.cpp,
  // epidermis_rates.cpp); each writes the derivatives of its own species.
  void inflammation_rates(const State& u, const RestingState& rest, const TissueEnvironment& env,
                          const Signals& s, double* du) const;
  void repair_rates(const State& u, const RestingState& rest, const Signals& s, double* du) const;
  void matrix_rates(const State& u, const RestingState& rest, const Signals& s,
                    const DrugModifiers& drug, double* du) const;
  void epidermis_rates(const State& u, const RestingState& rest, const TissueEnvironment& env,
                       const PigmentSite& pigment, const Signals& s, const DrugModifiers& drug,
                       double* du) const;

  HealingParameters p_;
  std::vector<TissueEnvironment> env_;
  std::vector<RestingState> rest_;
  bool deviation_;
  // Resting production of the proteases and their inhibitor per unit volume (ng/mL/s): the same
  // resting levels in every environment, made by the fibroblast lineage where there is one.
  double collagenase_production_ = 0;
  double gelatinase_production_ = 0;
  double timp_production_ = 0;
  double collagenase_rest_ = 1;  // active collagenase at rest, ng/mL
  double gelatinase_rest_ = 1;   // active gelatinase at rest, ng/mL
  // Latent TGF-beta: secretion per fibroblast (ng/mL/s per cell/mm^3) and its activation at
  // resting protease activity (1/s).
  double latent_secretion_per_cell_ = 0;
  double latent_activation_ = 0;
  double pih_gain_ = 1;        // PIH propensity of the phototype (type III = 1)
  double degraded_share_ = 0;  // epidermal melanin degraded in the epidermis, not shed
  bool occluded_ = false;
  std::vector<PigmentSite> pigment_;        // per voxel, or one for all, or none (normal)
  std::shared_ptr<const DrugAction> drug_;  // a serum's delivered actives, or none
};

}  // namespace dermasim::biology
