#include "dermasim/actives/tissue_action.hpp"

namespace dermasim::actives {

biology::DrugModifiers TissueAction::at(int environment, double t) const {
  biology::DrugModifiers d;
  for (const ActingActive& a : actives_) {
    const double e = a.exposure.epidermis(environment, t);
    const double m = a.exposure.dermis(environment, t);
    if (e <= 0 && m <= 0) continue;
    d = combine(d, modifiers(a.mechanism, p_, e, m));
  }
  return d;
}

biology::DrugAction::Concentrations TissueAction::concentrations(int environment, double t,
                                                                 int source) const {
  Concentrations c;
  for (const ActingActive& a : actives_) {
    if (a.source != source) continue;
    c.epidermis += a.exposure.epidermis(environment, t);
    c.dermis += a.exposure.dermis(environment, t);
  }
  return c;
}

}  // namespace dermasim::actives
