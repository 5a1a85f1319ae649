#include "dermasim/sbml/ode_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>

#include "dermasim/numerics/kinetics.hpp"
#include "dermasim/sbml/expression.hpp"

namespace dermasim::sbml {

namespace {

struct Assignment {
  int slot;
  Expression math;
};

struct FixedTimeEvent {
  std::string id;
  double time;
  std::vector<Assignment> assignments;
};

[[noreturn]] void unsupported(const std::string& what) {
  throw std::runtime_error("SBML reader: " + what +
                           " (this reader evaluates what the export "
                           "writes: rate rules, assignment rules, functions, timed events)");
}

}  // namespace

struct OdeModel::Impl {
  std::vector<std::string> species;                   // slots 0 .. n-1
  std::map<std::string, int> slots;                   // every species, compartment and parameter
  std::vector<double> values;                         // the initial value of every slot
  std::vector<bool> constant;                         // per slot
  std::vector<Assignment> assignment_rules;           // in dependency order
  std::vector<std::optional<Expression>> rate_rules;  // per species (none: constant)
  std::vector<FixedTimeEvent> events;                 // by time

  /// The assignment rules' values at `v` (species and parameters set), in place.
  void refresh(std::vector<double>& v, double t) const {
    for (const Assignment& a : assignment_rules)
      v[std::size_t(a.slot)] = a.math.evaluate(v.data(), t);
  }
  void derivatives(double t, const double* u, double* dudt, std::vector<double>& v) const {
    std::copy(u, u + species.size(), v.begin());
    refresh(v, t);
    for (std::size_t i = 0; i < species.size(); ++i)
      dudt[i] = rate_rules[i] ? rate_rules[i]->evaluate(v.data(), t) : 0.0;
  }
  int slot_of(const std::string& id) const {
    const auto s = slots.find(id);
    if (s == slots.end()) throw std::runtime_error(fmt::format("SBML reader: no '{}'", id));
    return s->second;
  }
};

namespace {

/// The model as a numerics::Kinetics with the parameters as the events have left them.
class SbmlKinetics final : public numerics::Kinetics {
 public:
  SbmlKinetics(const OdeModel::Impl& model, std::vector<double> values)
      : model_(model), values_(std::move(values)) {}
  int species() const override { return int(model_.species.size()); }
  void rates(double t, const double* u, double* dudt, const numerics::VoxelInfo&) const override {
    std::vector<double> v = values_;  // a scratch copy per call: rates() may run on any thread
    model_.derivatives(t, u, dudt, v);
  }

 private:
  const OdeModel::Impl& model_;
  std::vector<double> values_;
};

/// Orders the assignment rules so that each comes after the rules whose variables it reads.
std::vector<Assignment> dependency_order(std::vector<Assignment> rules) {
  std::map<int, std::size_t> rule_of;  // slot -> rule
  for (std::size_t i = 0; i < rules.size(); ++i) rule_of[rules[i].slot] = i;
  std::vector<int> state(rules.size(), 0);  // 0 unvisited, 1 in progress, 2 done
  std::vector<Assignment> ordered;
  auto visit = [&](auto&& self, std::size_t i) -> void {
    if (state[i] == 2) return;
    if (state[i] == 1) throw std::runtime_error("SBML reader: the assignment rules form a cycle");
    state[i] = 1;
    std::vector<int> reads;
    rules[i].math.slots_read(reads);
    for (int s : reads)
      if (auto r = rule_of.find(s); r != rule_of.end()) self(self, r->second);
    state[i] = 2;
    ordered.push_back(rules[i]);
  };
  for (std::size_t i = 0; i < rules.size(); ++i) visit(visit, i);
  return ordered;
}

}  // namespace

OdeModel::OdeModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OdeModel::OdeModel(OdeModel&&) noexcept = default;
OdeModel& OdeModel::operator=(OdeModel&&) noexcept = default;
OdeModel::~OdeModel() = default;

OdeModel OdeModel::read(const std::string& sbml) {
  std::unique_ptr<SBMLDocument> doc(readSBMLFromString(sbml.c_str()));
  for (unsigned i = 0; i < doc->getNumErrors(); ++i) {
    const SBMLError* e = doc->getError(i);
    if (e->getSeverity() >= LIBSBML_SEV_ERROR)
      throw std::runtime_error(
          fmt::format("SBML reader: line {}: {}", e->getLine(), e->getMessage()));
  }
  const Model* m = doc->getModel();
  if (!m) throw std::runtime_error("SBML reader: the document has no model");
  if (m->getNumReactions() > 0) unsupported("the model has reactions");
  if (m->getNumInitialAssignments() > 0) unsupported("the model has initial assignments");

  auto impl = std::make_unique<Impl>();
  Impl& r = *impl;
  auto add_slot = [&r](const std::string& id, double value, bool constant) {
    r.slots.emplace(id, int(r.values.size()));
    r.values.push_back(value);
    r.constant.push_back(constant);
  };
  for (unsigned i = 0; i < m->getNumSpecies(); ++i) {
    const Species* s = m->getSpecies(i);
    const Compartment* c = m->getCompartment(s->getCompartment());
    if (!c || !c->getConstant())
      unsupported("species '" + s->getId() + "' is in a varying compartment");
    const double size = c->getSize();
    double value = std::numeric_limits<double>::quiet_NaN();
    if (s->getHasOnlySubstanceUnits())
      value = s->isSetInitialAmount() ? s->getInitialAmount() : s->getInitialConcentration() * size;
    else
      value = s->isSetInitialConcentration() ? s->getInitialConcentration()
                                             : s->getInitialAmount() / size;
    r.species.push_back(s->getId());
    add_slot(s->getId(), value, s->getConstant());
  }
  for (unsigned i = 0; i < m->getNumCompartments(); ++i)
    add_slot(m->getCompartment(i)->getId(), m->getCompartment(i)->getSize(), true);
  for (unsigned i = 0; i < m->getNumParameters(); ++i) {
    const Parameter* p = m->getParameter(i);
    add_slot(p->getId(), p->isSetValue() ? p->getValue() : std::numeric_limits<double>::quiet_NaN(),
             p->getConstant());
  }

  r.rate_rules.resize(r.species.size());
  std::vector<Assignment> assignments;
  for (unsigned i = 0; i < m->getNumRules(); ++i) {
    const Rule* rule = m->getRule(i);
    if (rule->isAlgebraic()) unsupported("the model has an algebraic rule");
    const int slot = r.slot_of(rule->getVariable());
    Expression math = compile(*rule->getMath(), *m, r.slots);
    if (rule->isAssignment()) {
      assignments.push_back({slot, std::move(math)});
    } else if (slot < int(r.species.size())) {
      r.rate_rules[std::size_t(slot)] = std::move(math);
    } else {
      unsupported("a rate rule changes '" + rule->getVariable() + "', not a species");
    }
  }
  r.assignment_rules = dependency_order(std::move(assignments));
  r.refresh(r.values, 0.0);

  for (unsigned i = 0; i < m->getNumEvents(); ++i) {
    const Event* e = m->getEvent(i);
    if (e->isSetDelay()) unsupported("event '" + e->getId() + "' has a delay");
    const ASTNode* when = e->getTrigger() ? e->getTrigger()->getMath() : nullptr;
    if (!when || when->getType() != AST_RELATIONAL_GEQ || when->getNumChildren() != 2 ||
        when->getChild(0)->getType() != AST_NAME_TIME)
      unsupported("event '" + e->getId() + "' is not triggered by time >= T");
    FixedTimeEvent event{
        e->getId(), compile(*when->getChild(1), *m, r.slots).evaluate(r.values.data(), 0.0), {}};
    // A trigger true from the start (initialValue true) never turns true: the event never fires.
    if (event.time <= 0 && e->getTrigger()->getInitialValue()) continue;
    for (unsigned j = 0; j < e->getNumEventAssignments(); ++j) {
      const EventAssignment* a = e->getEventAssignment(j);
      const int slot = r.slot_of(a->getVariable());
      if (r.constant[std::size_t(slot)])
        unsupported("event '" + e->getId() + "' assigns the constant '" + a->getVariable() + "'");
      event.assignments.push_back({slot, compile(*a->getMath(), *m, r.slots)});
    }
    r.events.push_back(std::move(event));
  }
  std::stable_sort(r.events.begin(), r.events.end(),
                   [](const auto& a, const auto& b) { return a.time < b.time; });
  return OdeModel(std::move(impl));
}

const std::vector<std::string>& OdeModel::species() const {
  return impl_->species;
}

std::vector<double> OdeModel::initial_state() const {
  return {impl_->values.begin(), impl_->values.begin() + std::ptrdiff_t(impl_->species.size())};
}

std::vector<double> OdeModel::event_times() const {
  std::vector<double> t;
  for (const auto& e : impl_->events) t.push_back(e.time);
  return t;
}

double OdeModel::parameter(const std::string& id) const {
  return impl_->values[std::size_t(impl_->slot_of(id))];
}

void OdeModel::set_parameter(const std::string& id, double value) {
  const int slot = impl_->slot_of(id);
  const auto& rules = impl_->assignment_rules;
  const bool ruled = std::any_of(rules.begin(), rules.end(),
                                 [slot](const Assignment& a) { return a.slot == slot; });
  if (slot < int(impl_->species.size()) || ruled)
    throw std::invalid_argument(
        fmt::format("SBML reader: '{}' is not a parameter that no rule defines", id));
  impl_->values[std::size_t(slot)] = value;
  impl_->refresh(impl_->values, 0.0);
}

std::vector<double> OdeModel::rates(double t, const std::vector<double>& u) const {
  if (u.size() != impl_->species.size())
    throw std::invalid_argument("SBML reader: the state has the wrong size");
  std::vector<double> v = impl_->values, dudt(u.size());
  impl_->derivatives(t, u.data(), dudt.data(), v);
  return dudt;
}

std::vector<std::vector<double>> OdeModel::simulate(
    const std::vector<double>& times, const numerics::WellMixedOptions& options) const {
  const Impl& m = *impl_;
  if (!std::is_sorted(times.begin(), times.end()) || (!times.empty() && times.front() < 0))
    throw std::invalid_argument("SBML reader: output times must increase from 0");
  std::vector<double> values = m.values;  // parameters, as the events change them
  std::vector<double> u = initial_state();
  std::vector<std::vector<double>> out;
  std::size_t next_event = 0, next_out = 0;
  double now = 0;
  constexpr double kNever = std::numeric_limits<double>::infinity();
  while (true) {
    // Events due now fire together, each assignment reading the state just before them.
    std::vector<std::pair<int, double>> assigned;
    std::copy(u.begin(), u.end(), values.begin());
    m.refresh(values, now);
    for (; next_event < m.events.size() && m.events[next_event].time <= now; ++next_event)
      for (const Assignment& a : m.events[next_event].assignments)
        assigned.emplace_back(a.slot, a.math.evaluate(values.data(), now));
    for (const auto& [slot, value] : assigned) values[std::size_t(slot)] = value;
    std::copy(values.begin(), values.begin() + std::ptrdiff_t(u.size()), u.begin());
    for (; next_out < times.size() && times[next_out] <= now; ++next_out) out.push_back(u);
    if (next_out == times.size()) break;
    // One integration to the next event (or the last output), returning the outputs before it.
    const double event = next_event < m.events.size() ? m.events[next_event].time : kNever;
    std::vector<double> stops;
    for (std::size_t k = next_out; k < times.size() && times[k] <= event; ++k)
      stops.push_back(times[k]);
    if (event <= times.back() && (stops.empty() || stops.back() < event)) stops.push_back(event);
    const SbmlKinetics kinetics(m, values);
    const auto states = numerics::integrate_well_mixed(kinetics, u, now, stops, {}, options);
    for (std::size_t k = 0; k < stops.size(); ++k)
      if (stops[k] < event) {
        out.push_back(states[k]);
        ++next_out;
      }
    u = states.back();
    now = stops.back();
  }
  return out;
}

}  // namespace dermasim::sbml
