#include "dermasim/actives/tissue_action.hpp"

namespace dermasim::actives {

biology::DrugModifiers TissueAction::at(int environment, double t) const {
  biology::DrugModifiers d;
  for (const ActingActive& a : actives_) {
    const auto c = a.exposure.at(environment, t);
    if (c.epidermis <= 0 && c.dermis <= 0) continue;
    d = combine(d, modifiers(a.mechanism, p_, c.epidermis, c.dermis));
  }
  return d;
}

biology::DrugAction::Concentrations TissueAction::concentrations(int environment, double t,
                                                                 int source) const {
  Concentrations c;
  for (const ActingActive& a : actives_) {
    if (a.source != source) continue;
    const auto at = a.exposure.at(environment, t);
    c.epidermis += at.epidermis;
    c.dermis += at.dermis;
  }
  return c;
}

}  // namespace dermasim::actives
