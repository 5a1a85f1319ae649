#pragma once
// The healing model's view of the delivered actives (biology::DrugAction): for each active its
// mechanism and its exposure, evaluated at an environment and a time.
#include <string>
#include <vector>

#include "dermasim/actives/exposure.hpp"
#include "dermasim/actives/mechanism.hpp"
#include "dermasim/actives/pharmacodynamic_parameters.hpp"
#include "dermasim/biology/drug_action.hpp"

namespace dermasim::actives {

struct ActingActive {
  std::string active;  // its library name: the same name is the same molecule
  Mechanism mechanism = Mechanism::none;
  Exposure exposure;
  /// Which serum delivered it (biology::DrugAction::concentrations): 0 the first serum applied
  /// after sessions, 1 the home regimen, 2 and up the later serums of [[serums]].
  int source = 0;
};

/// The delivered actives' action (docs/model.md 9.2). The same active from several serums (a
/// serum after sessions and the same one at home) is one molecule at one target: its
/// concentrations add before its concentration-effect law (Loewe additivity), so that splitting
/// a serum into two changes nothing. Different actives act independently: their factors multiply
/// (Bliss independence) and the growth factors they carry add.
class TissueAction final : public biology::DrugAction {
 public:
  TissueAction(PharmacodynamicParameters p, std::vector<ActingActive> actives);
  biology::DrugModifiers at(int environment, double t) const override;
  /// Summed over the actives of that source (each carries one).
  Concentrations concentrations(int environment, double t, int source) const override;
  int source_count() const override { return source_count_; }
  const std::vector<ActingActive>& actives() const { return actives_; }

 private:
  PharmacodynamicParameters p_;
  std::vector<ActingActive> actives_;
  std::vector<std::vector<std::size_t>> same_active_;  // indices into actives_, by active
  int source_count_ = 2;
};

}  // namespace dermasim::actives
