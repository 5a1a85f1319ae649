#pragma once
// The healing model's view of the delivered actives (biology::DrugAction): for each active its
// mechanism and its exposure, evaluated at an environment and a time.
#include <vector>

#include "dermasim/actives/exposure.hpp"
#include "dermasim/actives/mechanism.hpp"
#include "dermasim/actives/pharmacodynamic_parameters.hpp"
#include "dermasim/biology/drug_action.hpp"

namespace dermasim::actives {

struct ActingActive {
  Mechanism mechanism = Mechanism::none;
  Exposure exposure;
  int source = 0;  // 0: the serum after sessions; 1: the home regimen
};

class TissueAction final : public biology::DrugAction {
 public:
  TissueAction(PharmacodynamicParameters p, std::vector<ActingActive> actives)
      : p_(p), actives_(std::move(actives)) {}
  biology::DrugModifiers at(int environment, double t) const override;
  /// Summed over the actives of that source (each carries one).
  Concentrations concentrations(int environment, double t, int source) const override;
  const std::vector<ActingActive>& actives() const { return actives_; }

 private:
  PharmacodynamicParameters p_;
  std::vector<ActingActive> actives_;
};

}  // namespace dermasim::actives
