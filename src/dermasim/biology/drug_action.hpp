#pragma once
// What an active delivered into the skin does to the healing kinetics at one place and time
// (docs/model.md 9): factors on the rates it acts on and the growth factors it adds to the wound's
// own. The biology knows nothing of how the active got there; actives/ computes these from the
// concentration the serum transport delivers (actives/tissue_action.hpp).
namespace dermasim::biology {

struct DrugModifiers {
  /// Factor on melanin made by the melanocytes and passed to the keratinocytes (1 - the
  /// inhibition of melanogenesis) (1 - the inhibition of melanosome transfer).
  double melanin_production = 1;
  /// Factor on the stimulated part of melanogenesis only (a melasma lesion's activity above
  /// normal and the inflammatory part), which a paracrine signal drives (tranexamic acid).
  double melanin_stimulated = 1;
  /// Factor on the collagen each fibroblast makes (1 + the stimulation).
  double collagen_synthesis = 1;
  /// Growth factors the serum carries, at the voxel, ng/mL, added to the wound's own.
  double added_pdgf = 0;
  double added_tgf_beta = 0;

  bool neutral() const {
    return melanin_production == 1 && melanin_stimulated == 1 && collagen_synthesis == 1 &&
           added_pdgf == 0 && added_tgf_beta == 0;
  }
};

/// The action of the delivered actives: for an environment (a depth plane of the 3D grid, or the
/// well-mixed compartment) at a time (s after the first session). Read concurrently by the
/// integrator's threads: implementations are immutable once built.
class DrugAction {
 public:
  virtual ~DrugAction() = default;
  virtual DrugModifiers at(int environment, double t) const = 0;
  /// The free concentration of an active in the environment's viable epidermis and dermis
  /// (kg/m^3) at time t: what timeseries.csv reports. `source` 0: the (first) serum applied
  /// after sessions; 1: the home regimen; 2 and up: the later serums of [[serums]].
  struct Concentrations {
    double epidermis = 0, dermis = 0;
  };
  virtual Concentrations concentrations(int environment, double t, int source) const = 0;
  /// How many sources there are (at least 2): 0 and 1 as above, then the second serum of
  /// [[serums]] as 2, the third as 3, and so on.
  virtual int source_count() const = 0;
};

}  // namespace dermasim::biology
