#include "dermasim/actives/tissue_action.hpp"

#include <algorithm>

namespace dermasim::actives {

TissueAction::TissueAction(PharmacodynamicParameters p, std::vector<ActingActive> actives)
    : p_(p), actives_(std::move(actives)) {
  for (std::size_t i = 0; i < actives_.size(); ++i) {
    source_count_ = std::max(source_count_, actives_[i].source + 1);
    auto group = std::find_if(same_active_.begin(), same_active_.end(), [&](const auto& g) {
      return actives_[g.front()].active == actives_[i].active;
    });
    if (group == same_active_.end())
      same_active_.push_back({i});
    else
      group->push_back(i);
  }
}

biology::DrugModifiers TissueAction::at(int environment, double t) const {
  biology::DrugModifiers d;
  for (const auto& group : same_active_) {
    // One molecule: its free concentrations from every serum that delivered it add (9.2).
    double epidermis = 0, dermis = 0;
    for (std::size_t i : group) {
      const auto c = actives_[i].exposure.at(environment, t);
      epidermis += c.epidermis;
      dermis += c.dermis;
    }
    if (epidermis <= 0 && dermis <= 0) continue;
    d = combine(d, modifiers(actives_[group.front()].mechanism, p_, epidermis, dermis));
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
