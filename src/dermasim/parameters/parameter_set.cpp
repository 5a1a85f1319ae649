#include "dermasim/parameters/parameter_set.hpp"

#include <fmt/format.h>
#include <stdexcept>

#include "dermasim/actives/pharmacodynamic_parameters.hpp"
#include "dermasim/biology/healing_parameters.hpp"
#include "dermasim/injury/penetration.hpp"
#include "dermasim/outcomes/outcome_parameters.hpp"
#include "dermasim/transport/transport_parameters.hpp"
#include "dermasim/units/quantity.hpp"

namespace dermasim::parameters {

ParameterSet::ParameterSet(std::vector<ParameterInfo> infos) : infos_(std::move(infos)) {
  si_.reserve(infos_.size());
  for (size_t i = 0; i < infos_.size(); ++i) {
    const auto& p = infos_[i];
    if (!index_.emplace(p.name, i).second)
      throw std::logic_error(fmt::format("parameter '{}' is declared twice", p.name));
    if (!(p.min <= p.value && p.value <= p.max))
      throw std::logic_error(fmt::format("parameter '{}' default is outside its range", p.name));
    si_.push_back(p.value * units::parse_unit(p.unit).si);
  }
}

const ParameterInfo& ParameterSet::info(const std::string& name) const {
  auto it = index_.find(name);
  if (it == index_.end()) throw std::out_of_range(fmt::format("no parameter named '{}'", name));
  return infos_[it->second];
}

double ParameterSet::si(const std::string& name) const {
  auto it = index_.find(name);
  if (it == index_.end()) throw std::out_of_range(fmt::format("no parameter named '{}'", name));
  return si_[it->second];
}

void ParameterSet::set_si(const std::string& name, double value_si) {
  auto it = index_.find(name);
  if (it == index_.end()) throw std::out_of_range(fmt::format("no parameter named '{}'", name));
  si_[it->second] = value_si;
}

ParameterSet default_parameters() {
  std::vector<ParameterInfo> all;
  for (auto& p : injury::penetration_parameters()) all.push_back(std::move(p));
  for (auto& p : biology::healing_parameter_infos()) all.push_back(std::move(p));
  for (auto& p : outcomes::outcome_parameter_infos()) all.push_back(std::move(p));
  for (auto& p : transport::transport_parameter_infos()) all.push_back(std::move(p));
  for (auto& p : actives::pharmacodynamic_parameter_infos()) all.push_back(std::move(p));
  return ParameterSet(std::move(all));
}

}  // namespace dermasim::parameters
