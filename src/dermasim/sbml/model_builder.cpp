#include "dermasim/sbml/model_builder.hpp"

#include <fmt/format.h>

#include <memory>
#include <sstream>
#include <stdexcept>

namespace dermasim::sbml {

namespace {

/// Gives every unit-less number under `node` the unit dimensionless: the rate laws' literals
/// are pure numbers (1 + (fold - 1) s), and a number without a unit would stop libsbml from
/// checking the units of the whole expression.
void declare_literal_units(ASTNode* node) {
  if (node->isNumber() && !node->hasUnits()) node->setUnits(unit::dimensionless);
  for (unsigned i = 0; i < node->getNumChildren(); ++i) declare_literal_units(node->getChild(i));
}

std::string escape_xml(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void set_notes(SBase& element, const std::string& note) {
  if (note.empty()) return;
  if (element.setNotes(xhtml_notes(note)) != LIBSBML_OPERATION_SUCCESS)
    throw std::logic_error(
        fmt::format("SBML export: the note of {} is not valid XHTML", element.getId()));
}

void check(int status, const std::string& what) {
  if (status != LIBSBML_OPERATION_SUCCESS)
    throw std::logic_error(fmt::format("SBML export: {} failed (libsbml status {})", what, status));
}

Parameter& new_parameter(Model& model, const std::string& id, double value, const std::string& unit,
                         bool constant, const std::string& note) {
  Parameter* p = model.createParameter();
  check(p->setId(id), "parameter id " + id);
  p->setValue(value);
  check(p->setUnits(unit), "units of " + id);
  p->setConstant(constant);
  set_notes(*p, note);
  return *p;
}

}  // namespace

ASTNode* parse_formula(const std::string& formula) {
  ASTNode* node = SBML_parseL3Formula(formula.c_str());
  if (!node) {
    std::unique_ptr<char, decltype(&free)> message(SBML_getLastParseL3Error(), &free);
    throw std::logic_error(fmt::format("SBML export: cannot parse '{}': {}", formula,
                                       message ? message.get() : "unknown error"));
  }
  declare_literal_units(node);
  return node;
}

std::string xhtml_notes(const std::string& text) {
  std::string body;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) body += "<p>" + escape_xml(line) + "</p>";
  return "<body xmlns=\"http://www.w3.org/1999/xhtml\">" + body + "</body>";
}

void ModelBuilder::function(const std::string& id, const std::string& lambda,
                            const std::string& note) {
  FunctionDefinition* f = model_.createFunctionDefinition();
  check(f->setId(id), "function id " + id);
  const std::unique_ptr<ASTNode> math(parse_formula(lambda));
  check(f->setMath(math.get()), "the math of function " + id);
  set_notes(*f, note);
}

void ModelBuilder::constant(const std::string& id, double value, const std::string& unit,
                            const std::string& note) {
  new_parameter(model_, id, value, unit, true, note);
}

void ModelBuilder::variable(const std::string& id, double value, const std::string& unit,
                            const std::string& note) {
  new_parameter(model_, id, value, unit, false, note);
}

void ModelBuilder::quantity(const std::string& id, const std::string& unit,
                            const std::string& formula, const std::string& note) {
  // The value is what the rule gives at the start; tools recompute it, so it is left unset.
  Parameter* p = model_.createParameter();
  check(p->setId(id), "parameter id " + id);
  check(p->setUnits(unit), "units of " + id);
  p->setConstant(false);
  set_notes(*p, note);
  AssignmentRule* rule = model_.createAssignmentRule();
  check(rule->setVariable(id), "assignment rule of " + id);
  const std::unique_ptr<ASTNode> math(parse_formula(formula));
  check(rule->setMath(math.get()), "the math of " + id);
}

void ModelBuilder::rate(const std::string& species, const std::string& formula) {
  RateRule* rule = model_.createRateRule();
  check(rule->setVariable(species), "rate rule of " + species);
  const std::unique_ptr<ASTNode> math(parse_formula(formula));
  check(rule->setMath(math.get()), "the rate of " + species);
}

void ModelBuilder::event(const std::string& id, double time, const std::string& note,
                         const std::vector<std::pair<std::string, std::string>>& assignments) {
  Event* e = model_.createEvent();
  check(e->setId(id), "event id " + id);
  // Every assignment reads the state just before the event, as apply_injury() does.
  e->setUseValuesFromTriggerTime(true);
  Trigger* trigger = e->createTrigger();
  // False before the start, so that an event at time 0 fires at 0.
  trigger->setInitialValue(false);
  trigger->setPersistent(true);
  const std::unique_ptr<ASTNode> when(parse_formula(fmt::format("time >= {} second", time)));
  check(trigger->setMath(when.get()), "the trigger of " + id);
  for (const auto& [variable, formula] : assignments) {
    EventAssignment* a = e->createEventAssignment();
    check(a->setVariable(variable), "event assignment to " + variable);
    const std::unique_ptr<ASTNode> math(parse_formula(formula));
    check(a->setMath(math.get()), "the event assignment to " + variable);
  }
  set_notes(*e, note);
}

}  // namespace dermasim::sbml
